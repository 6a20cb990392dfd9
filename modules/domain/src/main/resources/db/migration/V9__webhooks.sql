-- Webhooks per club: the registered endpoints, the events to announce (one row per event key, so a red finding
-- that is written again night after night is one event), one delivery per webhook and event, and every attempt.

CREATE SEQUENCE webhook_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE webhook (
    id          BIGINT        NOT NULL PRIMARY KEY,
    club_id     BIGINT        NOT NULL REFERENCES club (id) ON DELETE CASCADE,
    url         VARCHAR(2000) NOT NULL,
    events      VARCHAR(200)  NOT NULL,
    description VARCHAR(500),
    secret      VARCHAR(100)  NOT NULL,
    active      BOOLEAN       NOT NULL,
    created_by  VARCHAR(200),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL
);
CREATE INDEX webhook_club ON webhook (club_id);

CREATE SEQUENCE webhook_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE webhook_event (
    id            BIGINT        NOT NULL PRIMARY KEY,
    club_id       BIGINT        NOT NULL REFERENCES club (id) ON DELETE CASCADE,
    event_key     VARCHAR(200)  NOT NULL,
    event_type    VARCHAR(32)   NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    athlete_id    BIGINT        REFERENCES athlete (id) ON DELETE CASCADE,
    athlete_name  VARCHAR(200),
    iso_week      VARCHAR(8),
    rule_id       VARCHAR(64),
    severity      VARCHAR(16),
    provisional   BOOLEAN,
    message       VARCHAR(1000),
    advice        VARCHAR(1000),
    download_path VARCHAR(300),
    CONSTRAINT webhook_event_key_unique UNIQUE (event_key)
);
CREATE INDEX webhook_event_club ON webhook_event (club_id);

CREATE SEQUENCE webhook_delivery_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE webhook_delivery (
    id               BIGINT        NOT NULL PRIMARY KEY,
    webhook_id       BIGINT        NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
    event_id         BIGINT        NOT NULL REFERENCES webhook_event (id) ON DELETE CASCADE,
    status           VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    lease_until      TIMESTAMP WITH TIME ZONE,
    last_http_status INTEGER,
    last_error       VARCHAR(2000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at     TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL,
    CONSTRAINT webhook_delivery_unique UNIQUE (webhook_id, event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_event ON webhook_delivery (event_id);

CREATE TABLE webhook_delivery_attempt (
    webhook_delivery_id BIGINT        NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    position            INTEGER       NOT NULL,
    attempted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    http_status         INTEGER,
    error               VARCHAR(2000),
    duration_ms         BIGINT        NOT NULL,
    PRIMARY KEY (webhook_delivery_id, position)
);
