-- "Not relevant for me" is an answer of its own, not a rating: the rating stays empty.
-- A real BOOLEAN here (SQLite has INTEGER 0/1 with a CHECK).
ALTER TABLE answers ADD COLUMN not_relevant BOOLEAN NOT NULL DEFAULT FALSE;

-- Why kept text could not be saved: too long, or the answer was changed in another tab or on
-- another device since the page was opened (saving it would have overwritten that change).
ALTER TABLE rejected_answers ADD COLUMN reason TEXT NOT NULL DEFAULT 'too-long'
    CHECK (reason IN ('too-long', 'changed-elsewhere'));
