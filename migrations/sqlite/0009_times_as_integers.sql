-- no-transaction
-- Times as INTEGER microseconds since 1970-01-01T00:00:00Z instead of RFC 3339 text, so that they
-- sort and compare as numbers on SQLite and PostgreSQL alike: text comparison misorders RFC 3339
-- strings of different precision ('…:58Z' sorts after '…:58.5Z', as 'Z' comes after '.').
-- SQLite cannot change a column's type, so each table with a time is rebuilt the documented way
-- (new_X with the same columns and constraints, copied, X dropped, new_X renamed, indexes and
-- triggers made again), with foreign keys off so that no drop cascades; that pragma only works
-- outside a transaction, hence no-transaction and an explicit BEGIN.
-- A time is the seconds of its first 19 characters (strftime on the whole text rounds to the
-- millisecond: .9995 would become the next second) plus its fraction cut or padded to 6 digits.
-- An integer is kept as it is: should the process die between COMMIT and sqlx recording this
-- migration, the file runs again and must change nothing.

PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE new_users (
    id            INTEGER PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('participant', 'validator', 'counsellor', 'admin')),
    locale        TEXT NOT NULL,
    created_at    INTEGER NOT NULL
);
INSERT INTO new_users (id, email, name, password_hash, role, locale, created_at)
SELECT id, email, name, password_hash, role, locale,
    CASE WHEN typeof(created_at) = 'integer' THEN created_at
    ELSE CAST(strftime('%s', substr(created_at, 1, 19)) AS INTEGER) * 1000000
        + CASE WHEN substr(created_at, 20, 1) = '.' THEN CAST(substr(substr(created_at, 21,
            length(created_at) - 21) || '000000', 1, 6) AS INTEGER) ELSE 0 END END
FROM users;
DROP TABLE users;
ALTER TABLE new_users RENAME TO users;

CREATE TABLE new_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
INSERT INTO new_sessions (token_hash, user_id, created_at, expires_at)
SELECT token_hash, user_id,
    CASE WHEN typeof(created_at) = 'integer' THEN created_at
    ELSE CAST(strftime('%s', substr(created_at, 1, 19)) AS INTEGER) * 1000000
        + CASE WHEN substr(created_at, 20, 1) = '.' THEN CAST(substr(substr(created_at, 21,
            length(created_at) - 21) || '000000', 1, 6) AS INTEGER) ELSE 0 END END,
    CASE WHEN typeof(expires_at) = 'integer' THEN expires_at
    ELSE CAST(strftime('%s', substr(expires_at, 1, 19)) AS INTEGER) * 1000000
        + CASE WHEN substr(expires_at, 20, 1) = '.' THEN CAST(substr(substr(expires_at, 21,
            length(expires_at) - 21) || '000000', 1, 6) AS INTEGER) ELSE 0 END END
FROM sessions;
DROP TABLE sessions;
ALTER TABLE new_sessions RENAME TO sessions;
CREATE INDEX sessions_user ON sessions (user_id);

-- The triggers on sections and criteria look frameworks up by name: they outlive the dropped
-- table but would then make the rename fail, so they go first and all eight come back below.
DROP TRIGGER IF EXISTS published_sections_insert;
DROP TRIGGER IF EXISTS published_sections_update;
DROP TRIGGER IF EXISTS published_sections_delete;
DROP TRIGGER IF EXISTS published_criteria_insert;
DROP TRIGGER IF EXISTS published_criteria_update;
DROP TRIGGER IF EXISTS published_criteria_delete;

CREATE TABLE new_frameworks (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('course', 'occupation')),
    code            TEXT NOT NULL,
    version         INTEGER NOT NULL,
    title           TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    status          TEXT NOT NULL DEFAULT 'published' CHECK (status IN ('draft', 'published')),
    published_at    INTEGER,
    content_hash    TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT 'kartla',
    external_system TEXT,
    external_id     TEXT,
    languages       TEXT NOT NULL DEFAULT '["sv"]',
    criteria_count  INTEGER NOT NULL DEFAULT 0,
    draft_doc       TEXT,
    UNIQUE (code, version)
);
INSERT INTO new_frameworks (id, kind, code, version, title, created_at, status, published_at,
    content_hash, source, external_system, external_id, languages, criteria_count, draft_doc)
SELECT id, kind, code, version, title,
    CASE WHEN typeof(created_at) = 'integer' THEN created_at
    ELSE CAST(strftime('%s', substr(created_at, 1, 19)) AS INTEGER) * 1000000
        + CASE WHEN substr(created_at, 20, 1) = '.' THEN CAST(substr(substr(created_at, 21,
            length(created_at) - 21) || '000000', 1, 6) AS INTEGER) ELSE 0 END END,
    status,
    CASE WHEN typeof(published_at) = 'integer' THEN published_at
    ELSE CAST(strftime('%s', substr(published_at, 1, 19)) AS INTEGER) * 1000000
        + CASE WHEN substr(published_at, 20, 1) = '.' THEN CAST(substr(substr(published_at, 21,
            length(published_at) - 21) || '000000', 1, 6) AS INTEGER) ELSE 0 END END,
    content_hash, source, external_system, external_id, languages, criteria_count, draft_doc
FROM frameworks;
-- Takes the triggers on frameworks with it (nothing is deleted row by row, so none refuses).
DROP TABLE frameworks;
ALTER TABLE new_frameworks RENAME TO frameworks;
CREATE UNIQUE INDEX frameworks_one_draft ON frameworks (code) WHERE status = 'draft';
CREATE INDEX frameworks_status ON frameworks (status, code, version);

-- A published version never changes and is never removed: mappings and PDFs point at it.
CREATE TRIGGER published_frameworks_are_immutable BEFORE UPDATE ON frameworks
WHEN OLD.status = 'published'
BEGIN SELECT RAISE(ABORT, 'a published framework version cannot change'); END;

CREATE TRIGGER published_frameworks_stay BEFORE DELETE ON frameworks
WHEN OLD.status = 'published'
BEGIN SELECT RAISE(ABORT, 'a published framework version cannot be removed'); END;

CREATE TRIGGER published_sections_insert BEFORE INSERT ON sections
WHEN (SELECT status FROM frameworks WHERE id = NEW.framework_id) = 'published'
BEGIN SELECT RAISE(ABORT, 'a published framework version cannot change'); END;

CREATE TRIGGER published_sections_update BEFORE UPDATE ON sections
WHEN (SELECT status FROM frameworks WHERE id = OLD.framework_id) = 'published'
BEGIN SELECT RAISE(ABORT, 'a published framework version cannot change'); END;

CREATE TRIGGER published_sections_delete BEFORE DELETE ON sections
WHEN (SELECT status FROM frameworks WHERE id = OLD.framework_id) = 'published'
BEGIN SELECT RAISE(ABORT, 'a published framework version cannot change'); END;

CREATE TRIGGER published_criteria_insert BEFORE INSERT ON criteria
WHEN (SELECT f.status FROM sections s JOIN frameworks f ON f.id = s.framework_id
      WHERE s.id = NEW.section_id) = 'published'
BEGIN SELECT RAISE(ABORT, 'a published framework version cannot change'); END;

CREATE TRIGGER published_criteria_update BEFORE UPDATE ON criteria
WHEN (SELECT f.status FROM sections s JOIN frameworks f ON f.id = s.framework_id
      WHERE s.id = OLD.section_id) = 'published'
BEGIN SELECT RAISE(ABORT, 'a published framework version cannot change'); END;

CREATE TRIGGER published_criteria_delete BEFORE DELETE ON criteria
WHEN (SELECT f.status FROM sections s JOIN frameworks f ON f.id = s.framework_id
      WHERE s.id = OLD.section_id) = 'published'
BEGIN SELECT RAISE(ABORT, 'a published framework version cannot change'); END;

CREATE TABLE new_mappings (
    id         INTEGER PRIMARY KEY,
    owner_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status     TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'reviewed')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    goal       TEXT NOT NULL DEFAULT ''
);
INSERT INTO new_mappings (id, owner_id, status, created_at, updated_at, goal)
SELECT id, owner_id, status,
    CASE WHEN typeof(created_at) = 'integer' THEN created_at
    ELSE CAST(strftime('%s', substr(created_at, 1, 19)) AS INTEGER) * 1000000
        + CASE WHEN substr(created_at, 20, 1) = '.' THEN CAST(substr(substr(created_at, 21,
            length(created_at) - 21) || '000000', 1, 6) AS INTEGER) ELSE 0 END END,
    CASE WHEN typeof(updated_at) = 'integer' THEN updated_at
    ELSE CAST(strftime('%s', substr(updated_at, 1, 19)) AS INTEGER) * 1000000
        + CASE WHEN substr(updated_at, 20, 1) = '.' THEN CAST(substr(substr(updated_at, 21,
            length(updated_at) - 21) || '000000', 1, 6) AS INTEGER) ELSE 0 END END,
    goal
FROM mappings;
DROP TABLE mappings;
ALTER TABLE new_mappings RENAME TO mappings;
CREATE INDEX mappings_owner ON mappings (owner_id);
CREATE INDEX mappings_status ON mappings (status);

CREATE TABLE new_answers (
    mapping_id       INTEGER NOT NULL REFERENCES mappings (id) ON DELETE CASCADE,
    criterion_id     INTEGER NOT NULL REFERENCES criteria (id),
    rating           INTEGER CHECK (rating BETWEEN 1 AND 5),
    body             TEXT NOT NULL,
    updated_at       INTEGER NOT NULL,
    not_relevant     INTEGER NOT NULL DEFAULT 0 CHECK (not_relevant IN (0, 1)),
    evidence_missing INTEGER NOT NULL DEFAULT 0 CHECK (evidence_missing IN (0, 1)),
    PRIMARY KEY (mapping_id, criterion_id)
);
INSERT INTO new_answers (mapping_id, criterion_id, rating, body, updated_at, not_relevant,
    evidence_missing)
SELECT mapping_id, criterion_id, rating, body,
    CASE WHEN typeof(updated_at) = 'integer' THEN updated_at
    ELSE CAST(strftime('%s', substr(updated_at, 1, 19)) AS INTEGER) * 1000000
        + CASE WHEN substr(updated_at, 20, 1) = '.' THEN CAST(substr(substr(updated_at, 21,
            length(updated_at) - 21) || '000000', 1, 6) AS INTEGER) ELSE 0 END END,
    not_relevant, evidence_missing
FROM answers;
DROP TABLE answers;
ALTER TABLE new_answers RENAME TO answers;

CREATE TABLE new_mapping_events (
    id         INTEGER PRIMARY KEY,
    mapping_id INTEGER NOT NULL REFERENCES mappings (id) ON DELETE CASCADE,
    actor_id   INTEGER NOT NULL REFERENCES users (id),
    kind       TEXT NOT NULL CHECK (kind IN ('submitted', 'returned', 'reviewed')),
    comment    TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
INSERT INTO new_mapping_events (id, mapping_id, actor_id, kind, comment, created_at)
SELECT id, mapping_id, actor_id, kind, comment,
    CASE WHEN typeof(created_at) = 'integer' THEN created_at
    ELSE CAST(strftime('%s', substr(created_at, 1, 19)) AS INTEGER) * 1000000
        + CASE WHEN substr(created_at, 20, 1) = '.' THEN CAST(substr(substr(created_at, 21,
            length(created_at) - 21) || '000000', 1, 6) AS INTEGER) ELSE 0 END END
FROM mapping_events;
DROP TABLE mapping_events;
ALTER TABLE new_mapping_events RENAME TO mapping_events;
CREATE INDEX mapping_events_mapping ON mapping_events (mapping_id);

CREATE TABLE new_rejected_answers (
    mapping_id   INTEGER NOT NULL REFERENCES mappings (id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criteria (id),
    body         TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    reason       TEXT NOT NULL DEFAULT 'too-long' CHECK (reason IN ('too-long', 'changed-elsewhere')),
    PRIMARY KEY (mapping_id, criterion_id)
);
INSERT INTO new_rejected_answers (mapping_id, criterion_id, body, created_at, reason)
SELECT mapping_id, criterion_id, body,
    CASE WHEN typeof(created_at) = 'integer' THEN created_at
    ELSE CAST(strftime('%s', substr(created_at, 1, 19)) AS INTEGER) * 1000000
        + CASE WHEN substr(created_at, 20, 1) = '.' THEN CAST(substr(substr(created_at, 21,
            length(created_at) - 21) || '000000', 1, 6) AS INTEGER) ELSE 0 END END,
    reason
FROM rejected_answers;
DROP TABLE rejected_answers;
ALTER TABLE new_rejected_answers RENAME TO rejected_answers;

CREATE TABLE new_pending_imports (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    format      TEXT NOT NULL,
    file_names  TEXT NOT NULL,
    -- {"ok": [FrameworkContent…]} or {"refused": [ImportError…]}
    result      TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    applied_at  INTEGER
);
INSERT INTO new_pending_imports (id, user_id, format, file_names, result, created_at, applied_at)
SELECT id, user_id, format, file_names, result,
    CASE WHEN typeof(created_at) = 'integer' THEN created_at
    ELSE CAST(strftime('%s', substr(created_at, 1, 19)) AS INTEGER) * 1000000
        + CASE WHEN substr(created_at, 20, 1) = '.' THEN CAST(substr(substr(created_at, 21,
            length(created_at) - 21) || '000000', 1, 6) AS INTEGER) ELSE 0 END END,
    CASE WHEN typeof(applied_at) = 'integer' THEN applied_at
    ELSE CAST(strftime('%s', substr(applied_at, 1, 19)) AS INTEGER) * 1000000
        + CASE WHEN substr(applied_at, 20, 1) = '.' THEN CAST(substr(substr(applied_at, 21,
            length(applied_at) - 21) || '000000', 1, 6) AS INTEGER) ELSE 0 END END
FROM pending_imports;
DROP TABLE pending_imports;
ALTER TABLE new_pending_imports RENAME TO pending_imports;
CREATE INDEX pending_imports_user ON pending_imports (user_id);

CREATE TABLE new_experiences (
    id          INTEGER PRIMARY KEY,
    owner_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('work', 'education', 'training', 'volunteering', 'other')),
    role        TEXT NOT NULL,
    place       TEXT NOT NULL,
    country     TEXT NOT NULL,
    start_month TEXT NOT NULL,
    end_month   TEXT,
    tasks       TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
INSERT INTO new_experiences (id, owner_id, kind, role, place, country, start_month, end_month,
    tasks, created_at, updated_at)
SELECT id, owner_id, kind, role, place, country, start_month, end_month, tasks,
    CASE WHEN typeof(created_at) = 'integer' THEN created_at
    ELSE CAST(strftime('%s', substr(created_at, 1, 19)) AS INTEGER) * 1000000
        + CASE WHEN substr(created_at, 20, 1) = '.' THEN CAST(substr(substr(created_at, 21,
            length(created_at) - 21) || '000000', 1, 6) AS INTEGER) ELSE 0 END END,
    CASE WHEN typeof(updated_at) = 'integer' THEN updated_at
    ELSE CAST(strftime('%s', substr(updated_at, 1, 19)) AS INTEGER) * 1000000
        + CASE WHEN substr(updated_at, 20, 1) = '.' THEN CAST(substr(substr(updated_at, 21,
            length(updated_at) - 21) || '000000', 1, 6) AS INTEGER) ELSE 0 END END
FROM experiences;
DROP TABLE experiences;
ALTER TABLE new_experiences RENAME TO experiences;
CREATE INDEX experiences_owner ON experiences (owner_id);

CREATE TABLE new_experience_drafts (
    owner_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    experience_id INTEGER NOT NULL,
    input         TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (owner_id, experience_id)
);
INSERT INTO new_experience_drafts (owner_id, experience_id, input, created_at)
SELECT owner_id, experience_id, input,
    CASE WHEN typeof(created_at) = 'integer' THEN created_at
    ELSE CAST(strftime('%s', substr(created_at, 1, 19)) AS INTEGER) * 1000000
        + CASE WHEN substr(created_at, 20, 1) = '.' THEN CAST(substr(substr(created_at, 21,
            length(created_at) - 21) || '000000', 1, 6) AS INTEGER) ELSE 0 END END
FROM experience_drafts;
DROP TABLE experience_drafts;
ALTER TABLE new_experience_drafts RENAME TO experience_drafts;

CREATE TABLE new_evidence (
    id         INTEGER PRIMARY KEY,
    owner_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    number     INTEGER NOT NULL,
    title      TEXT NOT NULL,
    file_name  TEXT NOT NULL,
    media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (owner_id, number)
);
INSERT INTO new_evidence (id, owner_id, number, title, file_name, media_type, size, sha256,
    created_at)
SELECT id, owner_id, number, title, file_name, media_type, size, sha256,
    CASE WHEN typeof(created_at) = 'integer' THEN created_at
    ELSE CAST(strftime('%s', substr(created_at, 1, 19)) AS INTEGER) * 1000000
        + CASE WHEN substr(created_at, 20, 1) = '.' THEN CAST(substr(substr(created_at, 21,
            length(created_at) - 21) || '000000', 1, 6) AS INTEGER) ELSE 0 END END
FROM evidence;
DROP TABLE evidence;
ALTER TABLE new_evidence RENAME TO evidence;

CREATE TABLE new_evidence_drafts (
    owner_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    experiences TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
INSERT INTO new_evidence_drafts (owner_id, title, experiences, created_at)
SELECT owner_id, title, experiences,
    CASE WHEN typeof(created_at) = 'integer' THEN created_at
    ELSE CAST(strftime('%s', substr(created_at, 1, 19)) AS INTEGER) * 1000000
        + CASE WHEN substr(created_at, 20, 1) = '.' THEN CAST(substr(substr(created_at, 21,
            length(created_at) - 21) || '000000', 1, 6) AS INTEGER) ELSE 0 END END
FROM evidence_drafts;
DROP TABLE evidence_drafts;
ALTER TABLE new_evidence_drafts RENAME TO evidence_drafts;

CREATE TABLE new_profile_prints (
    code       TEXT PRIMARY KEY,
    mapping_id INTEGER NOT NULL REFERENCES mappings (id) ON DELETE CASCADE,
    initials   TEXT NOT NULL,
    status     TEXT NOT NULL,
    frameworks TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
INSERT INTO new_profile_prints (code, mapping_id, initials, status, frameworks, sha256, created_at)
SELECT code, mapping_id, initials, status, frameworks, sha256,
    CASE WHEN typeof(created_at) = 'integer' THEN created_at
    ELSE CAST(strftime('%s', substr(created_at, 1, 19)) AS INTEGER) * 1000000
        + CASE WHEN substr(created_at, 20, 1) = '.' THEN CAST(substr(substr(created_at, 21,
            length(created_at) - 21) || '000000', 1, 6) AS INTEGER) ELSE 0 END END
FROM profile_prints;
DROP TABLE profile_prints;
ALTER TABLE new_profile_prints RENAME TO profile_prints;
CREATE INDEX profile_prints_mapping ON profile_prints (mapping_id);

COMMIT;

PRAGMA foreign_keys = ON;
