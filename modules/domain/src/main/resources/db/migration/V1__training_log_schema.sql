-- Clubs, athletes, training sessions, wellness and weekly scores.
-- One script for H2 (embedded default) and PostgreSQL (production): keep to SQL both accept.
-- Sequences step by the entities' allocationSize (50) and start at it, as EclipseLink expects.

CREATE SEQUENCE club_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE athlete_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE training_session_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE wellness_entry_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE weekly_score_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE club (
    id                BIGINT       NOT NULL PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    time_zone         VARCHAR(64)  NOT NULL,
    first_day_of_week VARCHAR(16)  NOT NULL,
    locale            VARCHAR(35)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL
);

CREATE TABLE athlete (
    id          BIGINT       NOT NULL PRIMARY KEY,
    club_id     BIGINT       NOT NULL REFERENCES club (id),
    member_id   VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    sex         VARCHAR(16)  NOT NULL,
    birth_year  INTEGER,
    level       VARCHAR(16)  NOT NULL,
    max_hr      INTEGER,
    resting_hr  INTEGER,
    time_zone   VARCHAR(64),
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT athlete_member_id_unique UNIQUE (club_id, member_id)
);

CREATE TABLE training_session (
    id               BIGINT      NOT NULL PRIMARY KEY,
    athlete_id       BIGINT      NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    local_date       DATE        NOT NULL,
    start_time       TIME,
    session_type     VARCHAR(20) NOT NULL,
    moving_minutes   DOUBLE PRECISION,
    elapsed_minutes  DOUBLE PRECISION,
    distance_km      DOUBLE PRECISION,
    rpe              INTEGER,
    avg_hr           INTEGER,
    max_hr           INTEGER,
    warm_up_minutes  INTEGER,
    refuel_minutes   INTEGER,
    carbs_g          INTEGER,
    protein_g        INTEGER,
    pain             BOOLEAN     NOT NULL,
    pain_location    VARCHAR(100),
    pain_score       INTEGER,
    muscle_soreness  INTEGER,
    notes            VARCHAR(2000),
    excluded         BOOLEAN     NOT NULL,
    excluded_reason  VARCHAR(500),
    source_channel   VARCHAR(16) NOT NULL,
    source_import_id BIGINT,
    source_row       INTEGER,
    natural_key      VARCHAR(80) NOT NULL,
    version          BIGINT      NOT NULL
);
CREATE INDEX training_session_athlete_date ON training_session (athlete_id, local_date);
CREATE INDEX training_session_natural_key ON training_session (natural_key);
CREATE INDEX training_session_import ON training_session (source_import_id);

CREATE TABLE wellness_entry (
    id            BIGINT  NOT NULL PRIMARY KEY,
    athlete_id    BIGINT  NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    local_date    DATE    NOT NULL,
    sleep_hours   DOUBLE PRECISION,
    sleep_quality INTEGER,
    resting_hr    INTEGER,
    hrv_ms        DOUBLE PRECISION,
    fatigue       INTEGER,
    stress        INTEGER,
    mood          INTEGER,
    soreness      INTEGER,
    pain_note     VARCHAR(500),
    version       BIGINT  NOT NULL,
    CONSTRAINT wellness_entry_day_unique UNIQUE (athlete_id, local_date)
);

CREATE TABLE weekly_score (
    id                  BIGINT      NOT NULL PRIMARY KEY,
    athlete_id          BIGINT      NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    club_id             BIGINT      NOT NULL REFERENCES club (id),
    iso_week            VARCHAR(8)  NOT NULL,
    week_start          DATE        NOT NULL,
    formula_version     VARCHAR(16) NOT NULL,
    score               INTEGER     NOT NULL,
    status              VARCHAR(8)  NOT NULL,
    provisional         BOOLEAN     NOT NULL,
    computed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    weekly_load         DOUBLE PRECISION,
    acute_load          DOUBLE PRECISION,
    chronic_load        DOUBLE PRECISION,
    acwr_rolling        DOUBLE PRECISION,
    acwr_uncoupled      DOUBLE PRECISION,
    acwr_ewma           DOUBLE PRECISION,
    monotony            DOUBLE PRECISION,
    strain              DOUBLE PRECISION,
    ctl                 DOUBLE PRECISION,
    atl                 DOUBLE PRECISION,
    tsb                 DOUBLE PRECISION,
    ramp_rate           DOUBLE PRECISION,
    sessions            INTEGER,
    hard_days           INTEGER,
    rest_days           INTEGER,
    longest_hard_streak INTEGER,
    strength_sessions   INTEGER,
    run_spike_ratio     DOUBLE PRECISION,
    avg_sleep_hours     DOUBLE PRECISION,
    resting_hr_z        DOUBLE PRECISION,
    hrv_z               DOUBLE PRECISION,
    hooper_index        DOUBLE PRECISION,
    coverage_days       INTEGER,
    baseline_state      VARCHAR(32),
    version             BIGINT      NOT NULL,
    CONSTRAINT weekly_score_unique UNIQUE (athlete_id, iso_week, formula_version)
);
CREATE INDEX weekly_score_club_week ON weekly_score (club_id, iso_week);

CREATE TABLE weekly_score_finding (
    weekly_score_id   BIGINT        NOT NULL REFERENCES weekly_score (id) ON DELETE CASCADE,
    position          INTEGER       NOT NULL,
    rule_id           VARCHAR(64)   NOT NULL,
    severity          VARCHAR(16)   NOT NULL,
    message           VARCHAR(1000) NOT NULL,
    advice            VARCHAR(1000),
    evidence          VARCHAR(4000),
    evidence_strength VARCHAR(200),
    PRIMARY KEY (weekly_score_id, position)
);
