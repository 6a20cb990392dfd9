-- Who runs each batch job execution: the instance (host, process id, and the run of the application in it) and
-- when it last said it was alive. An execution the job repository still calls running whose owner is gone is
-- marked failed, so its import or scoring run can be resumed, restarted, stopped or undone.
CREATE TABLE job_lease (
    execution_id BIGINT       NOT NULL PRIMARY KEY,
    job_name     VARCHAR(64)  NOT NULL,
    owner_host   VARCHAR(255) NOT NULL,
    owner_pid    BIGINT       NOT NULL,
    owner_run    VARCHAR(64)  NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX job_lease_owner ON job_lease (owner_run);

-- The last athlete of a scoring partition's last committed chunk, written with that chunk: a run restarted after
-- its instance died resumes each partition from here (Jakarta Batch keeps no usable checkpoint of such a run).
ALTER TABLE scoring_progress ADD COLUMN after_athlete BIGINT;
