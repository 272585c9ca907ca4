-- A counsellor invites a participant to connect (issue 16): a short code, good for a week and
-- once; whoever enters it shares all their mappings with the counsellor (when the counsellor
-- counsels for their municipality).
CREATE TABLE share_invitations (
    id            INTEGER PRIMARY KEY,
    counsellor_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code          TEXT NOT NULL UNIQUE,
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    used_at       INTEGER,
    used_by       INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX share_invitations_counsellor ON share_invitations (counsellor_id, used_at);
