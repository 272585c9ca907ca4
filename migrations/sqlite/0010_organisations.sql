-- Organisations and the memberships that give people their roles (issue 14).
-- An installation serves one region: its coordinating office (kind 'region', one only), its
-- municipalities and the providers that assess. A person's roles are memberships (person,
-- organisation, role); a membership that ends keeps its row, with ended_at set, so that the
-- access log and later the cases can say who held which role when.

CREATE TABLE organisations (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('region', 'municipality', 'provider')),
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    email      TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX organisations_one_region ON organisations (kind) WHERE kind = 'region';

-- The municipalities an organisation serves besides itself: a provider assesses for some of
-- the region's municipalities. A municipality serves itself and the region's office all.
CREATE TABLE organisation_serves (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    municipality_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    PRIMARY KEY (organisation_id, municipality_id)
);

CREATE TABLE memberships (
    id              INTEGER PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    role            TEXT NOT NULL CHECK (role IN ('participant', 'counsellor', 'coordinator',
                        'validator', 'org_admin', 'installation_admin')),
    created_at      INTEGER NOT NULL,
    ended_at        INTEGER
);
-- A role is held once in an organisation, and a participant has one home municipality.
CREATE UNIQUE INDEX memberships_held ON memberships (user_id, organisation_id, role)
    WHERE ended_at IS NULL;
CREATE UNIQUE INDEX memberships_one_home ON memberships (user_id)
    WHERE role = 'participant' AND ended_at IS NULL;
CREATE INDEX memberships_of_organisation ON memberships (organisation_id, role);

-- Which organisation maintains a framework (all its versions); the catalogue stays shared.
CREATE TABLE framework_maintainers (
    code            TEXT PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id)
);

-- People from before organisations keep what they could do: an installation with accounts
-- gets a region office (REGION) and a home municipality (HOME) to rename in the browser;
-- administrators become installation administrators, validators and counsellors hold their
-- role in the region office, participants live in HOME.
INSERT INTO organisations (kind, code, name, created_at)
SELECT 'region', 'REGION', 'Region', (SELECT MIN(created_at) FROM users)
WHERE EXISTS (SELECT 1 FROM users);
INSERT INTO organisations (kind, code, name, created_at)
SELECT 'municipality', 'HOME', 'Home municipality', (SELECT MIN(created_at) FROM users)
WHERE EXISTS (SELECT 1 FROM users WHERE role = 'participant');
INSERT INTO memberships (user_id, organisation_id, role, created_at)
SELECT u.id, o.id, CASE u.role WHEN 'admin' THEN 'installation_admin' ELSE u.role END, u.created_at
FROM users u JOIN organisations o ON o.code = CASE u.role WHEN 'participant' THEN 'HOME' ELSE 'REGION' END;

ALTER TABLE users DROP COLUMN role;
