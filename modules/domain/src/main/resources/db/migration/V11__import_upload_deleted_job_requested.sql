-- When the kept upload of an import was deleted by the retention job: it is then never looked at again, and a
-- commit or resume of the import says the file is gone instead of looking for it.
ALTER TABLE import_record ADD COLUMN upload_deleted_at TIMESTAMP WITH TIME ZONE;
-- When a check or commit job was last asked for: an import still without a job long after that was left by a
-- server that stopped in between, and can be started again; unfinished imports' uploads are aged from it.
ALTER TABLE import_record ADD COLUMN job_requested_at TIMESTAMP WITH TIME ZONE;
