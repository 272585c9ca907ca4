-- The criteria catalogue: every framework row is one version, a draft (editable) or published
-- (immutable, enforced below). A mapping keeps pointing at the version it was started on.

ALTER TABLE frameworks ADD COLUMN status TEXT NOT NULL DEFAULT 'published'
    CHECK (status IN ('draft', 'published'));
ALTER TABLE frameworks ADD COLUMN published_at BIGINT;
-- SHA-256 of the version's content: re-importing an unchanged file finds it and writes nothing.
ALTER TABLE frameworks ADD COLUMN content_hash TEXT NOT NULL DEFAULT '';
-- Where the version came from: kartla, skolverket, esco, jobtech, moodle or editor.
ALTER TABLE frameworks ADD COLUMN source TEXT NOT NULL DEFAULT 'kartla';
ALTER TABLE frameworks ADD COLUMN external_system TEXT;
ALTER TABLE frameworks ADD COLUMN external_id TEXT;
-- The languages every text of the version exists in, as a JSON array, for the catalogue filter.
ALTER TABLE frameworks ADD COLUMN languages TEXT NOT NULL DEFAULT '["sv"]';
-- How many criteria the version has, so that a catalogue of thousands lists without counting.
ALTER TABLE frameworks ADD COLUMN criteria_count BIGINT NOT NULL DEFAULT 0;
-- A draft is a document the editor keeps whole, blanks and all (JSON); its sections and
-- criteria are written when it is published, and this column is then cleared.
ALTER TABLE frameworks ADD COLUMN draft_doc TEXT;
-- Kept from the SQLite twin; nothing to do on a new PostgreSQL database.
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
-- Same trigger names and messages as on SQLite. The framework row is read FOR SHARE so that
-- a draft cannot be published by another transaction between this check and the commit
-- (SQLite has one writer at a time and needs no such lock).
CREATE FUNCTION refuse_published_framework_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a published framework version cannot change';
END
$$;

CREATE FUNCTION refuse_published_framework_removal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a published framework version cannot be removed';
END
$$;

-- Sections: the framework of the new row when inserting, of the old row otherwise.
CREATE FUNCTION refuse_published_section_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    fid BIGINT;
    st  TEXT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        fid := NEW.framework_id;
    ELSE
        fid := OLD.framework_id;
    END IF;
    SELECT status INTO st FROM frameworks WHERE id = fid FOR SHARE;
    IF st = 'published' THEN
        RAISE EXCEPTION 'a published framework version cannot change';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

-- Criteria: the framework of the section of the new row when inserting, of the old otherwise.
CREATE FUNCTION refuse_published_criterion_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sid BIGINT;
    st  TEXT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        sid := NEW.section_id;
    ELSE
        sid := OLD.section_id;
    END IF;
    SELECT f.status INTO st FROM sections s JOIN frameworks f ON f.id = s.framework_id
    WHERE s.id = sid FOR SHARE OF f;
    IF st = 'published' THEN
        RAISE EXCEPTION 'a published framework version cannot change';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER published_frameworks_are_immutable BEFORE UPDATE ON frameworks
FOR EACH ROW WHEN (OLD.status = 'published')
EXECUTE FUNCTION refuse_published_framework_change();

CREATE TRIGGER published_frameworks_stay BEFORE DELETE ON frameworks
FOR EACH ROW WHEN (OLD.status = 'published')
EXECUTE FUNCTION refuse_published_framework_removal();

CREATE TRIGGER published_sections_insert BEFORE INSERT ON sections
FOR EACH ROW EXECUTE FUNCTION refuse_published_section_change();

CREATE TRIGGER published_sections_update BEFORE UPDATE ON sections
FOR EACH ROW EXECUTE FUNCTION refuse_published_section_change();

CREATE TRIGGER published_sections_delete BEFORE DELETE ON sections
FOR EACH ROW EXECUTE FUNCTION refuse_published_section_change();

CREATE TRIGGER published_criteria_insert BEFORE INSERT ON criteria
FOR EACH ROW EXECUTE FUNCTION refuse_published_criterion_change();

CREATE TRIGGER published_criteria_update BEFORE UPDATE ON criteria
FOR EACH ROW EXECUTE FUNCTION refuse_published_criterion_change();

CREATE TRIGGER published_criteria_delete BEFORE DELETE ON criteria
FOR EACH ROW EXECUTE FUNCTION refuse_published_criterion_change();

-- An upload waiting for the administrator to look at its preview and confirm it.
CREATE TABLE pending_imports (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    format      TEXT NOT NULL,
    file_names  TEXT NOT NULL,
    -- {"ok": [FrameworkContent…]} or {"refused": [ImportError…]}
    result      TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    applied_at  BIGINT
);
CREATE INDEX pending_imports_user ON pending_imports (user_id);
