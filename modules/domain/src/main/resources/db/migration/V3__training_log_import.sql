-- Training-log import: the record of every upload, its row errors, the near matches held for review, and the
-- column mappings a club saves. Imported wellness entries remember their import and row, as sessions already do.
-- One script for H2 and PostgreSQL; sequences step by the entities' allocationSize (50).

CREATE SEQUENCE import_record_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE import_row_error_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE import_review_item_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE import_mapping_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE import_record (
    id               BIGINT        NOT NULL PRIMARY KEY,
    club_id          BIGINT        NOT NULL REFERENCES club (id) ON DELETE CASCADE,
    athlete_id       BIGINT        REFERENCES athlete (id) ON DELETE CASCADE,
    file_name        VARCHAR(255)  NOT NULL,
    checksum         VARCHAR(64)   NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    file_kind        VARCHAR(8)    NOT NULL,
    file_format      VARCHAR(32),
    uploaded_by      VARCHAR(200)  NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    skip_invalid     BOOLEAN       NOT NULL,
    create_athletes  BOOLEAN       NOT NULL,
    rows_total       BIGINT        NOT NULL,
    rows_done        BIGINT        NOT NULL,
    rows_valid       BIGINT        NOT NULL,
    rows_invalid     BIGINT        NOT NULL,
    rows_ignored     BIGINT        NOT NULL,
    rows_duplicate   BIGINT        NOT NULL,
    rows_review      BIGINT        NOT NULL,
    rows_imported    BIGINT        NOT NULL,
    sessions_removed BIGINT        NOT NULL,
    message          VARCHAR(2000),
    job_execution_id BIGINT,
    validated_at     TIMESTAMP WITH TIME ZONE,
    committed_at     TIMESTAMP WITH TIME ZONE,
    undone_at        TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL
);
CREATE INDEX import_record_club ON import_record (club_id, uploaded_at);
CREATE INDEX import_record_checksum ON import_record (club_id, checksum);

CREATE TABLE import_row_error (
    id            BIGINT        NOT NULL PRIMARY KEY,
    import_id     BIGINT        NOT NULL REFERENCES import_record (id) ON DELETE CASCADE,
    sheet         VARCHAR(100),
    row_no        INTEGER       NOT NULL,
    column_header VARCHAR(200),
    cell_value    VARCHAR(255),
    problem       VARCHAR(1000) NOT NULL,
    fix           VARCHAR(1000)
);
CREATE INDEX import_row_error_import ON import_row_error (import_id, row_no, id);

CREATE TABLE import_review_item (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    import_id           BIGINT        NOT NULL REFERENCES import_record (id) ON DELETE CASCADE,
    sheet               VARCHAR(100),
    row_no              INTEGER       NOT NULL,
    athlete_id          BIGINT        NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    local_date          DATE          NOT NULL,
    existing_id         BIGINT        NOT NULL,
    reason              VARCHAR(500)  NOT NULL,
    payload             VARCHAR(4000) NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    resolved_session_id BIGINT,
    version             BIGINT        NOT NULL
);
CREATE INDEX import_review_item_import ON import_review_item (import_id, row_no);

CREATE TABLE import_mapping (
    id         BIGINT        NOT NULL PRIMARY KEY,
    club_id    BIGINT        NOT NULL REFERENCES club (id) ON DELETE CASCADE,
    name       VARCHAR(100)  NOT NULL,
    signature  VARCHAR(4000) NOT NULL,
    column_map VARCHAR(8000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT        NOT NULL,
    CONSTRAINT import_mapping_name_unique UNIQUE (club_id, name)
);

ALTER TABLE wellness_entry ADD COLUMN source_import_id BIGINT;
ALTER TABLE wellness_entry ADD COLUMN source_row INTEGER;
CREATE INDEX wellness_entry_import ON wellness_entry (source_import_id);
