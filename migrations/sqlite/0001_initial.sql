-- Kartla's first schema. Portable on purpose: integer ids returned with RETURNING, timestamps as
-- ISO-8601 UTC text written by the application, localized texts as JSON objects keyed by language.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('participant', 'validator', 'counsellor', 'admin')),
    locale        TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE frameworks (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('course', 'occupation')),
    code       TEXT NOT NULL,
    version    INTEGER NOT NULL,
    title      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (code, version)
);

CREATE TABLE sections (
    id           INTEGER PRIMARY KEY,
    framework_id INTEGER NOT NULL REFERENCES frameworks (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    title        TEXT NOT NULL,
    UNIQUE (framework_id, position)
);

CREATE TABLE criteria (
    id         INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    code       TEXT NOT NULL,
    body       TEXT NOT NULL,
    UNIQUE (section_id, position)
);

CREATE TABLE mappings (
    id         INTEGER PRIMARY KEY,
    owner_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status     TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'reviewed')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX mappings_owner ON mappings (owner_id);
CREATE INDEX mappings_status ON mappings (status);

CREATE TABLE mapping_frameworks (
    mapping_id   INTEGER NOT NULL REFERENCES mappings (id) ON DELETE CASCADE,
    framework_id INTEGER NOT NULL REFERENCES frameworks (id),
    position     INTEGER NOT NULL,
    PRIMARY KEY (mapping_id, framework_id)
);

CREATE TABLE answers (
    mapping_id   INTEGER NOT NULL REFERENCES mappings (id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criteria (id),
    rating       INTEGER CHECK (rating BETWEEN 1 AND 5),
    body         TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (mapping_id, criterion_id)
);

CREATE TABLE mapping_events (
    id         INTEGER PRIMARY KEY,
    mapping_id INTEGER NOT NULL REFERENCES mappings (id) ON DELETE CASCADE,
    actor_id   INTEGER NOT NULL REFERENCES users (id),
    kind       TEXT NOT NULL CHECK (kind IN ('submitted', 'returned', 'reviewed')),
    comment    TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX mapping_events_mapping ON mapping_events (mapping_id);
