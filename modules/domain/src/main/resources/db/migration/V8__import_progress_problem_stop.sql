-- Training-log import: the rows a file is expected to hold (progress while it is checked), the problem that
-- rejected a file found broken deep inside (HTTP-style status, title and where; the detail is the message), and a
-- stop asked for while its batch job runs. One script for H2 and PostgreSQL.

ALTER TABLE import_record ADD COLUMN rows_expected BIGINT;
ALTER TABLE import_record ADD COLUMN problem_status INTEGER;
ALTER TABLE import_record ADD COLUMN problem_title VARCHAR(100);
ALTER TABLE import_record ADD COLUMN problem_where VARCHAR(300);
ALTER TABLE import_record ADD COLUMN stop_requested BOOLEAN DEFAULT FALSE NOT NULL;
