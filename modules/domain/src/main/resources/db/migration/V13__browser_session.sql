-- Signed-in browsers: one row per session cookie, kept by the SHA-256 of the cookie's value so a copy of the
-- table signs nobody in. Any instance of a cluster finds the session here (ADR 014).
CREATE TABLE browser_session (
    token_hash   VARCHAR(64)  NOT NULL PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    csrf_token   VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX browser_session_user ON browser_session (user_id);
CREATE INDEX browser_session_last_seen ON browser_session (last_seen_at);
