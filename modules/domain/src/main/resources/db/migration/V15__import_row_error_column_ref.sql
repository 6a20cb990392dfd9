-- Where a row error's column is: its letter in an .xlsx sheet ("D"), its position from 1 in a CSV file ("4").
-- Null for errors stored before it was kept.
ALTER TABLE import_row_error ADD COLUMN column_ref VARCHAR(8);
