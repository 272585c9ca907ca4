-- Text a person typed that could not be saved as an answer (too long). Kept so that a page
-- without JavaScript can give it back to them to shorten instead of losing it; removed when
-- the answer is next saved.
CREATE TABLE rejected_answers (
    mapping_id   BIGINT NOT NULL REFERENCES mappings (id) ON DELETE CASCADE,
    criterion_id BIGINT NOT NULL REFERENCES criteria (id),
    body         TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (mapping_id, criterion_id)
);
