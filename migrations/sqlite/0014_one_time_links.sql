-- One-time links (issue 14). Only a hash of each link's secret is kept, so a copy of the
-- database opens nothing.
--
-- An invitation to hold a role in an organisation, for one e-mail address: used once, within
-- seven days. A used invitation keeps its row (who accepted it, when); a withdrawn one goes.
CREATE TABLE invitations (
    id              INTEGER PRIMARY KEY,
    token_hash      TEXT NOT NULL UNIQUE,
    email           TEXT NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    role            TEXT NOT NULL CHECK (role IN ('counsellor', 'coordinator', 'validator',
                        'org_admin', 'installation_admin')),
    invited_by      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL,
    used_at         INTEGER,
    used_by         INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX invitations_organisation ON invitations (organisation_id, expires_at);

-- A link to set a new password ("forgot password"): used once, within an hour.
CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
);
CREATE INDEX password_resets_user ON password_resets (user_id);
