-- The merit portfolio: a person's experiences, theirs alone, kept across mappings.
CREATE TABLE experiences (
    id          INTEGER PRIMARY KEY,
    owner_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('work', 'education', 'training', 'volunteering', 'other')),
    role        TEXT NOT NULL,
    place       TEXT NOT NULL,
    country     TEXT NOT NULL,
    start_month TEXT NOT NULL,
    end_month   TEXT,
    tasks       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX experiences_owner ON experiences (owner_id);

-- What a person typed into an experience form that could not be saved yet (a missing field, a
-- bad date), kept so that a page without JavaScript can give it back instead of losing it.
-- experience_id 0 is a new experience. Removed when the form is next saved.
CREATE TABLE experience_drafts (
    owner_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    experience_id INTEGER NOT NULL,
    input         TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (owner_id, experience_id)
);

-- Which experiences an answer draws on. Only the mapping owner's own experiences can be
-- linked (checked where the links are written); removing an experience removes its links.
CREATE TABLE answer_experiences (
    mapping_id    INTEGER NOT NULL REFERENCES mappings (id) ON DELETE CASCADE,
    criterion_id  INTEGER NOT NULL REFERENCES criteria (id),
    experience_id INTEGER NOT NULL REFERENCES experiences (id) ON DELETE CASCADE,
    PRIMARY KEY (mapping_id, criterion_id, experience_id)
);
CREATE INDEX answer_experiences_experience ON answer_experiences (experience_id);
