-- Follow-up statistics (issue 18): one row per mapping ever started, saying where and in which
-- interface language it began, what it maps, and the day and month (year × 12 + month − 1)
-- each step was first reached, and the outcome. Written in the transaction of every step
-- (db::stats::refresh); mappings from before this table get theirs when the database opens.
-- A row outlives its mapping and its person, without the link, so that published figures for
-- a closed year never change; nothing in it names a person, and no time in it is finer than
-- a day.
CREATE TABLE stats_mappings (
    id              INTEGER PRIMARY KEY,
    mapping_id      INTEGER UNIQUE REFERENCES mappings (id) ON DELETE SET NULL,
    municipality_id INTEGER REFERENCES organisations (id),
    provider_id     INTEGER REFERENCES organisations (id),
    framework       TEXT NOT NULL,
    locale          TEXT NOT NULL,
    started_day     INTEGER NOT NULL,
    started_month   INTEGER NOT NULL,
    handed_in_day   INTEGER,
    handed_in_month INTEGER,
    returned_day    INTEGER,
    returned_month  INTEGER,
    assigned_day    INTEGER,
    assigned_month  INTEGER,
    concluded_day   INTEGER,
    concluded_month INTEGER,
    outcome         TEXT CHECK (outcome IN ('fully_met', 'partly_met', 'not_met'))
);

-- The counts the statistics are read from, kept with the rows (db::stats): how many mappings
-- reached a step (measure) in a month, per scope ('' the region, 'm:ID' a municipality's own,
-- 'p:ID' a provider's own), breakdown (dimension: month, municipality, provider, framework,
-- language; outcome; days, per timed stretch) and unit. Read a few hundred rows at a time
-- instead of counting every mapping of ten years for each figure.
CREATE TABLE stats_counts (
    scope     TEXT NOT NULL,
    dimension TEXT NOT NULL,
    measure   TEXT NOT NULL,
    unit      TEXT NOT NULL,
    month     INTEGER NOT NULL,
    n         INTEGER NOT NULL,
    PRIMARY KEY (scope, dimension, measure, unit, month)
);
