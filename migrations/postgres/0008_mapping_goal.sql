-- What the person aims for with a mapping (a course, an exam, a job), in their own words; shown
-- on the mapping and on the competence profile's cover.
ALTER TABLE mappings ADD COLUMN goal TEXT NOT NULL DEFAULT '';
