-- The request limits every instance of a cluster draws from: one token bucket per API key, check-in link and
-- sign-in key (a username from an address). The key is kept as the SHA-256 of its kind and name, so the table holds
-- no usernames, addresses or tokens. refilled_at is the instant (epoch milliseconds) the tokens were counted at;
-- an instance whose clock is behind adds nothing until its clock passes it. A row refilled long ago is a full
-- bucket, and is forgotten.
CREATE TABLE rate_limit_bucket (
    bucket_key  VARCHAR(64)      NOT NULL PRIMARY KEY,
    kind        VARCHAR(16)      NOT NULL,
    tokens      DOUBLE PRECISION NOT NULL,
    refilled_at BIGINT           NOT NULL
);
CREATE INDEX rate_limit_bucket_refilled ON rate_limit_bucket (kind, refilled_at);
