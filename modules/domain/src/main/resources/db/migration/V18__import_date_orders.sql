-- The order of day and month the check of an import decided for each date column of its file (one line per column),
-- so that the commit reads the same file without a first pass over it of its own.
ALTER TABLE import_record ADD COLUMN date_orders VARCHAR(4000);
