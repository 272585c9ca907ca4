-- Cases (issue 15): a handed-in mapping as the organisation responsible for it assesses it.
-- A case belongs to one organisation (a course's: the person's home municipality; an
-- occupation's: a provider that assesses it), is checked by its coordinators, assigned to a
-- validator, judged criterion by criterion, perhaps returned with a list of additions, and
-- concluded with a statement. Nothing of a case is deleted but with the person's account.

-- The provider the person chose for an occupation that several providers assess.
ALTER TABLE mappings ADD COLUMN provider_id INTEGER REFERENCES organisations (id);

CREATE TABLE cases (
    id              INTEGER PRIMARY KEY,
    mapping_id      INTEGER NOT NULL UNIQUE REFERENCES mappings (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    state           TEXT NOT NULL CHECK (state IN ('new', 'checking', 'returned', 'assigned', 'concluded')),
    assignee_id     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- The latest handed-in version's number.
    version         INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    -- When the case entered its state: how long it has waited.
    state_since     INTEGER NOT NULL,
    statement       TEXT NOT NULL DEFAULT '',
    -- The recommended next steps' names, comma-separated, and the validator's words.
    next_steps      TEXT NOT NULL DEFAULT '',
    next_steps_text TEXT NOT NULL DEFAULT '',
    concluded_by    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    concluded_at    INTEGER
);
CREATE INDEX cases_queue ON cases (organisation_id, state, state_since);
CREATE INDEX cases_assignee ON cases (assignee_id, state);

-- What was handed in, frozen: the answers, the goal, and the portfolio entries and evidence
-- list they draw on, as JSON (the frameworks by id: published versions do not change).
CREATE TABLE case_versions (
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    handed_in_at INTEGER NOT NULL,
    record       TEXT NOT NULL,
    PRIMARY KEY (case_id, number)
);

-- The evidence files a case's versions hold. A person who removes such a file from their
-- list only hides it (evidence.removed_at): the case keeps showing what was handed in.
CREATE TABLE case_evidence (
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    PRIMARY KEY (case_id, evidence_id)
);
CREATE INDEX case_evidence_evidence ON case_evidence (evidence_id);
ALTER TABLE evidence ADD COLUMN removed_at INTEGER;

-- Every judgement made, in order; the last per criterion stands.
CREATE TABLE judgements (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criteria (id),
    version      INTEGER NOT NULL,
    verdict      TEXT NOT NULL CHECK (verdict IN ('met', 'partly_met', 'not_met', 'not_yet')),
    methods      TEXT NOT NULL,
    comment      TEXT NOT NULL,
    reason       TEXT NOT NULL,
    judged_by    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    judged_at    INTEGER NOT NULL
);
CREATE INDEX judgements_case ON judgements (case_id, id);

CREATE TABLE case_outcomes (
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    framework_id INTEGER NOT NULL REFERENCES frameworks (id),
    outcome      TEXT NOT NULL CHECK (outcome IN ('fully_met', 'partly_met', 'not_met')),
    PRIMARY KEY (case_id, framework_id)
);

-- Lists of requested additions; one list at a time is being built (sent_at NULL).
CREATE TABLE addition_requests (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    deadline    INTEGER,
    created_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    sent_at     INTEGER,
    answered_at INTEGER
);
CREATE UNIQUE INDEX addition_requests_one_draft ON addition_requests (case_id) WHERE sent_at IS NULL;
CREATE INDEX addition_requests_case ON addition_requests (case_id, id);

CREATE TABLE request_items (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES addition_requests (id) ON DELETE CASCADE,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('case', 'criterion', 'experience', 'evidence')),
    target_id   INTEGER NOT NULL,
    missing     TEXT NOT NULL,
    form        TEXT NOT NULL,
    done_at     INTEGER
);
CREATE INDEX request_items_request ON request_items (request_id, id);

-- The trail: who did what to the case, when.
CREATE TABLE case_events (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    actor_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    kind       TEXT NOT NULL,
    detail     TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX case_events_case ON case_events (case_id, id);

-- The directory of who assesses what: per person and organisation, what they assess (by
-- framework code, every version), the languages they speak and methods they offer, and the
-- contact details they chose to publish. Shown publicly only with the person's consent
-- (listed); routing and assignment use it either way.
CREATE TABLE directory_entries (
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    languages       TEXT NOT NULL DEFAULT '',
    methods         TEXT NOT NULL DEFAULT '',
    listed          INTEGER NOT NULL DEFAULT 0 CHECK (listed IN (0, 1)),
    public_email    TEXT NOT NULL DEFAULT '',
    public_phone    TEXT NOT NULL DEFAULT '',
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (user_id, organisation_id)
);

CREATE TABLE directory_frameworks (
    user_id         INTEGER NOT NULL,
    organisation_id INTEGER NOT NULL,
    code            TEXT NOT NULL,
    PRIMARY KEY (user_id, organisation_id, code),
    FOREIGN KEY (user_id, organisation_id)
        REFERENCES directory_entries (user_id, organisation_id) ON DELETE CASCADE
);
CREATE INDEX directory_frameworks_code ON directory_frameworks (code);

-- What staff typed into a case's form that could not be saved yet (a missing choice, a text
-- too long), given back with the message instead of lost; removed when the form is saved.
CREATE TABLE kept_forms (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    form       TEXT NOT NULL,
    input      TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, form)
);

-- A printed document's kind: the competence profile, or a case's statement.
ALTER TABLE profile_prints ADD COLUMN document TEXT NOT NULL DEFAULT 'profile'
    CHECK (document IN ('profile', 'statement'));

-- The access log now also records cases and statements opened.
CREATE TABLE access_log_new (
    id              INTEGER PRIMARY KEY,
    at              INTEGER NOT NULL,
    reader_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role            TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisations (id),
    person_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    what            TEXT NOT NULL CHECK (what IN ('mapping', 'profile_pdf', 'evidence', 'case', 'statement')),
    record_id       INTEGER NOT NULL
);
INSERT INTO access_log_new SELECT id, at, reader_id, role, organisation_id, person_id, what, record_id FROM access_log;
DROP TABLE access_log;
ALTER TABLE access_log_new RENAME TO access_log;
CREATE INDEX access_log_person ON access_log (person_id, at);
CREATE INDEX access_log_organisation ON access_log (organisation_id, at);
