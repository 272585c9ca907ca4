-- Who looked at a person's information (issue 14): every time someone other than the person
-- opens their mapping, profile or an evidence file, one row: who, in which role and for which
-- organisation, what, when. The person reads their own entries; administrators search them.
-- Rows stay when a membership ends; a person's account going removes their entries both ways.
CREATE TABLE access_log (
    id              INTEGER PRIMARY KEY,
    at              INTEGER NOT NULL,
    reader_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role            TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisations (id),
    person_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    what            TEXT NOT NULL CHECK (what IN ('mapping', 'profile_pdf', 'evidence')),
    record_id       INTEGER NOT NULL
);
CREATE INDEX access_log_person ON access_log (person_id, at);
CREATE INDEX access_log_organisation ON access_log (organisation_id, at);
