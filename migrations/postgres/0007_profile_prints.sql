-- Every competence profile sent out as PDF: its verification code, what /verify/{code} may tell
-- (initials only, the status, the frameworks, when) and a fingerprint of the file as sent.
CREATE TABLE profile_prints (
    code       TEXT PRIMARY KEY,
    mapping_id BIGINT NOT NULL REFERENCES mappings (id) ON DELETE CASCADE,
    initials   TEXT NOT NULL,
    status     TEXT NOT NULL,
    frameworks TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX profile_prints_mapping ON profile_prints (mapping_id);
