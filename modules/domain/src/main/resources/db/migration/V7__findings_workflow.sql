-- Findings workflow: a coach's acknowledgment of a finding, keyed by athlete, ISO week and rule so that it survives
-- the nightly re-scoring of that week (scores and their findings are rewritten; this row is not), and the injuries
-- and illnesses recorded per athlete, which the rule precision report compares with earlier red findings.

CREATE SEQUENCE finding_acknowledgment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE finding_acknowledgment (
    id              BIGINT        NOT NULL PRIMARY KEY,
    athlete_id      BIGINT        NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    iso_week        VARCHAR(8)    NOT NULL,
    week_start      DATE          NOT NULL,
    rule_id         VARCHAR(64)   NOT NULL,
    note            VARCHAR(1000),
    acknowledged_by VARCHAR(200)  NOT NULL,
    acknowledged_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT finding_acknowledgment_unique UNIQUE (athlete_id, iso_week, rule_id)
);

CREATE SEQUENCE health_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE health_event (
    id            BIGINT        NOT NULL PRIMARY KEY,
    athlete_id    BIGINT        NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    kind          VARCHAR(16)   NOT NULL,
    started_on    DATE          NOT NULL,
    ended_on      DATE,
    body_location VARCHAR(16),
    severity      VARCHAR(16),
    days_lost     INTEGER,
    note          VARCHAR(2000),
    recorded_by   VARCHAR(200)  NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(200),
    updated_at    TIMESTAMP WITH TIME ZONE,
    version       BIGINT        NOT NULL
);
CREATE INDEX health_event_athlete_start ON health_event (athlete_id, started_on);

-- The precision report reads a club's findings over a span of weeks.
CREATE INDEX weekly_score_club_start ON weekly_score (club_id, formula_version, week_start);
