-- Weekly report delivery: each club's recipient list, and one delivery record per club and ISO week whose unique
-- key makes sure a club-week is mailed at most once, with every send attempt recorded.

CREATE SEQUENCE report_recipient_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE report_recipient (
    id         BIGINT       NOT NULL PRIMARY KEY,
    club_id    BIGINT       NOT NULL REFERENCES club (id) ON DELETE CASCADE,
    email      VARCHAR(254) NOT NULL,
    name       VARCHAR(200),
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT report_recipient_unique UNIQUE (club_id, email)
);

CREATE SEQUENCE report_delivery_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE report_delivery (
    id              BIGINT        NOT NULL PRIMARY KEY,
    club_id         BIGINT        NOT NULL REFERENCES club (id) ON DELETE CASCADE,
    iso_week        VARCHAR(8)    NOT NULL,
    trigger_kind    VARCHAR(16)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    lease_until     TIMESTAMP WITH TIME ZONE,
    recipients      VARCHAR(4000),
    message_id      VARCHAR(300),
    last_error      VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL,
    CONSTRAINT report_delivery_unique UNIQUE (club_id, iso_week)
);
CREATE INDEX report_delivery_due ON report_delivery (status, next_attempt_at);

CREATE TABLE report_delivery_attempt (
    report_delivery_id BIGINT        NOT NULL REFERENCES report_delivery (id) ON DELETE CASCADE,
    position           INTEGER       NOT NULL,
    attempted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome            VARCHAR(16)   NOT NULL,
    error              VARCHAR(2000),
    PRIMARY KEY (report_delivery_id, position)
);
