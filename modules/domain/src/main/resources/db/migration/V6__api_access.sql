-- API access: users with a role (platform admin, or club admin / coach of one club), integration API keys of a club
-- (stored as a hash of the secret, revocable), an audit log of changes, and the responses kept for Idempotency-Key.

CREATE SEQUENCE app_user_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE app_user (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    username            VARCHAR(100) NOT NULL,
    display_name        VARCHAR(200),
    role                VARCHAR(20)  NOT NULL,
    club_id             BIGINT       REFERENCES club (id) ON DELETE CASCADE,
    password_hash       VARCHAR(500) NOT NULL,
    enabled             BOOLEAN      NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT app_user_username_unique UNIQUE (username),
    CONSTRAINT app_user_role_club CHECK ((role = 'PLATFORM_ADMIN' AND club_id IS NULL)
                                      OR (role IN ('CLUB_ADMIN', 'COACH') AND club_id IS NOT NULL))
);

CREATE INDEX app_user_club ON app_user (club_id);

CREATE SEQUENCE api_key_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_key (
    id           BIGINT       NOT NULL PRIMARY KEY,
    club_id      BIGINT       NOT NULL REFERENCES club (id) ON DELETE CASCADE,
    name         VARCHAR(200) NOT NULL,
    scope        VARCHAR(20)  NOT NULL,
    public_id    VARCHAR(32)  NOT NULL,
    secret_hash  VARCHAR(64)  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    revoked_by   VARCHAR(100),
    CONSTRAINT api_key_public_id_unique UNIQUE (public_id),
    CONSTRAINT api_key_scope CHECK (scope IN ('READ', 'READ_WRITE'))
);

CREATE INDEX api_key_club ON api_key (club_id);

-- No foreign key to club: the record of a club's deletion outlives the club.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id         BIGINT        NOT NULL PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(100)  NOT NULL,
    actor_kind VARCHAR(20)   NOT NULL,
    club_id    BIGINT,
    action     VARCHAR(200)  NOT NULL,
    target     VARCHAR(500),
    status     INTEGER       NOT NULL,
    detail     VARCHAR(2000)
);

CREATE INDEX audit_entry_club_at ON audit_entry (club_id, at);
CREATE INDEX audit_entry_at ON audit_entry (at);

-- One row per caller and Idempotency-Key; status is null while the first request is still running.
CREATE TABLE idempotent_request (
    credential_hash VARCHAR(64)     NOT NULL,
    idempotency_key VARCHAR(200)    NOT NULL,
    request_hash    VARCHAR(64)     NOT NULL,
    method          VARCHAR(10)     NOT NULL,
    path            VARCHAR(1000)   NOT NULL,
    status          INTEGER,
    content_type    VARCHAR(200),
    location        VARCHAR(1000),
    body            VARCHAR(1000000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (credential_hash, idempotency_key)
);

CREATE INDEX idempotent_request_created ON idempotent_request (created_at);
