-- Guidance sessions (issue 16): a study and career counsellor and the person go through a
-- shared mapping together, live. The counsellor's changes to answers are proposals the person
-- accepts or rejects, unless the person lets them write directly for the session; every step is
-- in the session's trail with who took it. Notes are written about the person and read by them.
CREATE TABLE guidance_sessions (
    id            INTEGER PRIMARY KEY,
    mapping_id    INTEGER NOT NULL REFERENCES mappings (id) ON DELETE CASCADE,
    counsellor_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- The short code the person joins with while the session is open.
    code          TEXT NOT NULL,
    direct_write  INTEGER NOT NULL DEFAULT 0 CHECK (direct_write IN (0, 1)),
    started_at    INTEGER NOT NULL,
    ended_at      INTEGER
);
CREATE UNIQUE INDEX guidance_sessions_open_code ON guidance_sessions (code) WHERE ended_at IS NULL;
CREATE INDEX guidance_sessions_mapping ON guidance_sessions (mapping_id, ended_at);

-- Where each of the two is (the section they look at), for "the counsellor is looking at
-- section 2"; one row per person and session, moved as they go.
CREATE TABLE session_presence (
    session_id INTEGER NOT NULL REFERENCES guidance_sessions (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    section    INTEGER NOT NULL,
    seen_at    INTEGER NOT NULL,
    PRIMARY KEY (session_id, user_id)
);

-- A change to an answer the counsellor proposes; the person accepts or rejects it.
CREATE TABLE session_proposals (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL REFERENCES guidance_sessions (id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criteria (id),
    rating       INTEGER CHECK (rating BETWEEN 1 AND 5),
    not_relevant INTEGER NOT NULL DEFAULT 0 CHECK (not_relevant IN (0, 1)),
    body         TEXT NOT NULL,
    proposed_by  INTEGER NOT NULL REFERENCES users (id),
    proposed_at  INTEGER NOT NULL,
    decided_at   INTEGER,
    accepted     INTEGER CHECK (accepted IN (0, 1))
);
CREATE INDEX session_proposals_session ON session_proposals (session_id, decided_at);

-- The session's trail: what happened, when, by whom.
CREATE TABLE session_events (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL REFERENCES guidance_sessions (id) ON DELETE CASCADE,
    actor_id     INTEGER NOT NULL REFERENCES users (id),
    kind         TEXT NOT NULL CHECK (kind IN ('started', 'joined', 'wrote', 'proposed',
                 'accepted', 'rejected', 'direct_on', 'direct_off', 'noted', 'ended')),
    criterion_id INTEGER REFERENCES criteria (id),
    at           INTEGER NOT NULL
);
CREATE INDEX session_events_session ON session_events (session_id, id);

-- Notes a counsellor writes about a person's mapping (in a session or not). No hidden notes:
-- the person reads every one.
CREATE TABLE guidance_notes (
    id         INTEGER PRIMARY KEY,
    mapping_id INTEGER NOT NULL REFERENCES mappings (id) ON DELETE CASCADE,
    session_id INTEGER REFERENCES guidance_sessions (id) ON DELETE SET NULL,
    author_id  INTEGER NOT NULL REFERENCES users (id),
    body       TEXT NOT NULL,
    written_at INTEGER NOT NULL
);
CREATE INDEX guidance_notes_mapping ON guidance_notes (mapping_id, id);
