-- The individual study plan (individuell studieplan) a person and their counsellor draw up
-- from a mapping (issue 16): the goal, the planned courses with their points, the pace, the
-- start; every change recorded with its author.
CREATE TABLE study_plans (
    id         INTEGER PRIMARY KEY,
    mapping_id INTEGER NOT NULL UNIQUE REFERENCES mappings (id) ON DELETE CASCADE,
    goal       TEXT NOT NULL,
    pace       INTEGER NOT NULL CHECK (pace IN (25, 50, 75, 100)),
    -- Days since 1970-01-01.
    start_on   INTEGER,
    updated_at INTEGER NOT NULL
);

CREATE TABLE study_plan_courses (
    plan_id      INTEGER NOT NULL REFERENCES study_plans (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    framework_id INTEGER NOT NULL REFERENCES frameworks (id),
    points       INTEGER NOT NULL CHECK (points BETWEEN 1 AND 2500),
    PRIMARY KEY (plan_id, framework_id)
);

-- What changed, when, by whom: one row per change (JSON of the domain's `Change`).
CREATE TABLE study_plan_changes (
    id        INTEGER PRIMARY KEY,
    plan_id   INTEGER NOT NULL REFERENCES study_plans (id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES users (id),
    change    TEXT NOT NULL,
    at        INTEGER NOT NULL
);
CREATE INDEX study_plan_changes_plan ON study_plan_changes (plan_id, id);
