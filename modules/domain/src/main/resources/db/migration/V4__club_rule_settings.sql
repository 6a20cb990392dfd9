-- A club's own coaching-rule settings (thresholds per experience level, rules switched on or off), as the
-- JSON document the API shows. A club without a row uses the defaults.

CREATE TABLE club_rule_settings (
    club_id    BIGINT         NOT NULL PRIMARY KEY REFERENCES club (id) ON DELETE CASCADE,
    settings   VARCHAR(20000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT         NOT NULL
);
