-- When the kept upload of an import was deleted by the retention job: it is then never looked at again, and a
-- commit or resume of the import says the file is gone instead of looking for it.
ALTER TABLE import_record ADD COLUMN upload_deleted_at TIMESTAMP WITH TIME ZONE;
