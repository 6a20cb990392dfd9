-- A coach's plan: the sessions an athlete is meant to do on a local date, with the planned duration and the
-- intended RPE. The plan check assesses them with the athlete's history before the week happens; after the week
-- they are compared with the sessions logged. source: API, or IMPORT from a Plan sheet.

CREATE SEQUENCE planned_session_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE planned_session (
    id              BIGINT        NOT NULL PRIMARY KEY,
    athlete_id      BIGINT        NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    local_date      DATE          NOT NULL,
    session_type    VARCHAR(20)   NOT NULL,
    planned_minutes DOUBLE PRECISION,
    intended_rpe    INTEGER,
    distance_km     DOUBLE PRECISION,
    note            VARCHAR(500),
    source          VARCHAR(16)   NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX planned_session_athlete_date ON planned_session (athlete_id, local_date);
