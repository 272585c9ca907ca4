-- A person shares a mapping, or all their mappings, with a named study and career counsellor
-- of their municipality (issue 16). Withdrawing keeps the row, with withdrawn_at set, so that
-- the access log can still say why the counsellor could read what they read.
CREATE TABLE shares (
    id              INTEGER PRIMARY KEY,
    owner_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    counsellor_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- The organisation the counsellor counsels for (the person's home municipality).
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    -- NULL: every mapping of the person's, now and later.
    mapping_id      INTEGER REFERENCES mappings (id) ON DELETE CASCADE,
    created_at      INTEGER NOT NULL,
    withdrawn_at    INTEGER
);
CREATE INDEX shares_counsellor ON shares (counsellor_id, withdrawn_at);
CREATE INDEX shares_owner ON shares (owner_id, withdrawn_at);
