-- The criteria catalogue: every framework row is one version, a draft (editable) or published
-- (immutable, enforced below). A mapping keeps pointing at the version it was started on.

ALTER TABLE frameworks ADD COLUMN status TEXT NOT NULL DEFAULT 'published'
    CHECK (status IN ('draft', 'published'));
ALTER TABLE frameworks ADD COLUMN published_at TEXT;
-- SHA-256 of the version's content: re-importing an unchanged file finds it and writes nothing.
ALTER TABLE frameworks ADD COLUMN content_hash TEXT NOT NULL DEFAULT '';
-- Where the version came from: kartla, skolverket, esco, jobtech, moodle or editor.
ALTER TABLE frameworks ADD COLUMN source TEXT NOT NULL DEFAULT 'kartla';
ALTER TABLE frameworks ADD COLUMN external_system TEXT;
ALTER TABLE frameworks ADD COLUMN external_id TEXT;
-- The languages every text of the version exists in, as a JSON array, for the catalogue filter.
ALTER TABLE frameworks ADD COLUMN languages TEXT NOT NULL DEFAULT '["sv"]';
-- How many criteria the version has, so that a catalogue of thousands lists without counting.
ALTER TABLE frameworks ADD COLUMN criteria_count INTEGER NOT NULL DEFAULT 0;
-- A draft is a document the editor keeps whole, blanks and all (JSON); its sections and
-- criteria are written when it is published, and this column is then cleared.
ALTER TABLE frameworks ADD COLUMN draft_doc TEXT;
UPDATE frameworks SET published_at = created_at;
UPDATE frameworks SET criteria_count =
    (SELECT COUNT(*) FROM criteria c JOIN sections s ON s.id = c.section_id WHERE s.framework_id = frameworks.id);

CREATE UNIQUE INDEX frameworks_one_draft ON frameworks (code) WHERE status = 'draft';
CREATE INDEX frameworks_status ON frameworks (status, code, version);

ALTER TABLE criteria ADD COLUMN external_system TEXT;
ALTER TABLE criteria ADD COLUMN external_id TEXT;
-- Grade-step guidance for courses: {"E": {"sv": …}, "C": …, "A": …}.
ALTER TABLE criteria ADD COLUMN guidance TEXT NOT NULL DEFAULT '{}';

CREATE INDEX sections_framework ON sections (framework_id, position);
CREATE INDEX criteria_section ON criteria (section_id, position);

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

-- An upload waiting for the administrator to look at its preview and confirm it.
CREATE TABLE pending_imports (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    format      TEXT NOT NULL,
    file_names  TEXT NOT NULL,
    -- {"ok": [FrameworkContent…]} or {"refused": [ImportError…]}
    result      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    applied_at  TEXT
);
CREATE INDEX pending_imports_user ON pending_imports (user_id);
