-- Values an import added to a wellness entry it did not write (entered in the app or by an earlier import), one row
-- per field: the entry lacked the field (its previous value was null) and the import wrote value_text there, from
-- source_row of its file. Written in the same transaction as the change. Undoing the import puts each field back to
-- null when it still holds value_text, and leaves (and names) one changed since.
CREATE TABLE import_added_value (
    import_id         BIGINT        NOT NULL REFERENCES import_record (id) ON DELETE CASCADE,
    wellness_entry_id BIGINT        NOT NULL REFERENCES wellness_entry (id) ON DELETE CASCADE,
    field             VARCHAR(32)   NOT NULL,
    value_text        VARCHAR(1000) NOT NULL,
    source_row        INTEGER       NOT NULL,
    PRIMARY KEY (import_id, wellness_entry_id, field)
);
CREATE INDEX import_added_value_entry ON import_added_value (wellness_entry_id);
