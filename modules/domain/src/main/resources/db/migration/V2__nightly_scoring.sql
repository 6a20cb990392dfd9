-- Nightly scoring: the claim that lets exactly one instance start a night's run, each partition's progress,
-- and the athletes a run could not score, with the reason.

CREATE TABLE job_claim (
    job_name     VARCHAR(64)  NOT NULL,
    run_date     DATE         NOT NULL,
    instance     VARCHAR(200) NOT NULL,
    claimed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    execution_id BIGINT,
    PRIMARY KEY (job_name, run_date)
);

CREATE SEQUENCE scoring_issue_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE scoring_issue (
    id           BIGINT        NOT NULL PRIMARY KEY,
    execution_id BIGINT        NOT NULL,
    athlete_id   BIGINT        NOT NULL,
    iso_week     VARCHAR(8),
    reason       VARCHAR(1000) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX scoring_issue_execution ON scoring_issue (execution_id);

CREATE TABLE scoring_progress (
    job_instance_id BIGINT  NOT NULL,
    partition_no    INTEGER NOT NULL,
    first_athlete   BIGINT  NOT NULL,
    last_athlete    BIGINT  NOT NULL,
    total           INTEGER NOT NULL,
    done            INTEGER NOT NULL,
    written         INTEGER NOT NULL,
    skipped         INTEGER NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (job_instance_id, partition_no)
);
