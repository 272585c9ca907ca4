-- Failed sign-ins and other guessable requests, by what they were aimed at (issue 14): an
-- account (a hash of its e-mail address, never the address) or a client address. Counted over
-- the last minute on every server of an installation; rows older than an hour are removed.
CREATE TABLE throttle (
    key TEXT NOT NULL,
    at  INTEGER NOT NULL
);
CREATE INDEX throttle_key_at ON throttle (key, at);
CREATE INDEX throttle_at ON throttle (at);
