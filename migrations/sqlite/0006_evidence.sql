-- Evidence: files a person adds to back their answers. Metadata here, the bytes apart, so that
-- lists never read files. Numbers run per person in the order added and are never reused,
-- which is why the last one given is kept on its own.
CREATE TABLE evidence (
    id         INTEGER PRIMARY KEY,
    owner_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    number     INTEGER NOT NULL,
    title      TEXT NOT NULL,
    file_name  TEXT NOT NULL,
    media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (owner_id, number)
);

CREATE TABLE evidence_files (
    evidence_id INTEGER PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
    bytes       BLOB NOT NULL
);

CREATE TABLE evidence_numbers (
    owner_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    last     INTEGER NOT NULL
);

-- Which experiences a piece of evidence belongs to (the owner's own only).
CREATE TABLE evidence_experiences (
    evidence_id   INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    experience_id INTEGER NOT NULL REFERENCES experiences (id) ON DELETE CASCADE,
    PRIMARY KEY (evidence_id, experience_id)
);

-- Which evidence an answer points to (the mapping owner's own only).
CREATE TABLE answer_evidence (
    mapping_id   INTEGER NOT NULL REFERENCES mappings (id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criteria (id),
    evidence_id  INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    PRIMARY KEY (mapping_id, criterion_id, evidence_id)
);
CREATE INDEX answer_evidence_evidence ON answer_evidence (evidence_id);

-- "No evidence" (saknas): the person says there is nothing to show for this criterion.
ALTER TABLE answers ADD COLUMN evidence_missing INTEGER NOT NULL DEFAULT 0 CHECK (evidence_missing IN (0, 1));

-- What a person typed into the upload form when the upload was refused, given back.
CREATE TABLE evidence_drafts (
    owner_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    experiences TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
