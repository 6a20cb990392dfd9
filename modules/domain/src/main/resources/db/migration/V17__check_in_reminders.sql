-- Daily check-in reminder emails: an athlete's address and whether they want the reminder, and one row per athlete
-- and local day sent, claimed before the mail goes out so that a restart or a second instance never sends twice.
-- Each reminder carries its own unsubscribe token and a check-in token for that day, both kept as SHA-256.

CREATE TABLE check_in_reminder (
    athlete_id      BIGINT       NOT NULL PRIMARY KEY REFERENCES athlete (id) ON DELETE CASCADE,
    email           VARCHAR(254) NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    unsubscribed_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE check_in_reminder_sent (
    athlete_id       BIGINT       NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    local_date       DATE         NOT NULL,
    claimed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    error            VARCHAR(500),
    unsubscribe_hash VARCHAR(64)  NOT NULL,
    token_hash       VARCHAR(64)  NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT check_in_reminder_sent_pk PRIMARY KEY (athlete_id, local_date),
    CONSTRAINT check_in_reminder_sent_unsubscribe UNIQUE (unsubscribe_hash),
    CONSTRAINT check_in_reminder_sent_token UNIQUE (token_hash)
);
