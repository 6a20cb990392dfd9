-- Each automatic restart of a job execution whose instance died, by the instance that found it lost. The primary key
-- lets one instance take an execution over; the subject (a scoring run's job instance, or an import) counts the
-- takeovers of one run, so a run that kills its instance every time is left failed after
-- loadwise.jobs.auto-restarts takeovers instead of looping.
CREATE TABLE job_takeover (
    execution_id  BIGINT       NOT NULL PRIMARY KEY,
    job_name      VARCHAR(64)  NOT NULL,
    subject       VARCHAR(128) NOT NULL,
    taken_over_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX job_takeover_subject ON job_takeover (subject);
