-- The columns of an import's file that nothing is read from, so that the answer lists them ("ignored columns:
-- Coach comment, Shoe") also for a large file checked by the batch job: one line per sheet, the sheet name and
-- the headers separated by tabs.
ALTER TABLE import_record ADD COLUMN ignored_columns VARCHAR(4000);
