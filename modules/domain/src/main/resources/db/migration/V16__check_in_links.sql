-- Athletes' daily check-in: a personal link per athlete, kept by the SHA-256 of its token (a copy of the table opens
-- no check-in), and what a check-in adds to the day's wellness entry: where it came from and the pain answers.

CREATE SEQUENCE check_in_link_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE check_in_link (
    id           BIGINT       NOT NULL PRIMARY KEY,
    athlete_id   BIGINT       NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    token_hash   VARCHAR(64)  NOT NULL,
    issued_by    VARCHAR(200),
    issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT check_in_link_token_unique UNIQUE (token_hash)
);
CREATE INDEX check_in_link_athlete ON check_in_link (athlete_id);

-- 'check-in' while the athlete's own answers make the entry; a coach's change through the API clears it.
ALTER TABLE wellness_entry ADD COLUMN entered_by VARCHAR(16);
ALTER TABLE wellness_entry ADD COLUMN pain_location VARCHAR(32);
ALTER TABLE wellness_entry ADD COLUMN pain_kind VARCHAR(8);
ALTER TABLE wellness_entry ADD COLUMN pain_score INTEGER;
ALTER TABLE wellness_entry ADD COLUMN check_in_note VARCHAR(300);
-- when the athlete last answered the day's check-in; kept when a coach changes the entry (it counts as a response)
ALTER TABLE wellness_entry ADD COLUMN checked_in_at TIMESTAMP WITH TIME ZONE;
