-- Curation: suggested changes and the revisions their approval publishes. Same dialect
-- rules as 0001 (BIGINT unix ms, application-made ids). Rows of `revisions` are only ever
-- added: a revert is a new revision, so every earlier state stays to return to.

CREATE TABLE suggestions (
    id TEXT PRIMARY KEY,
    -- For a new entity, the id the server chose for it.
    entity_id TEXT NOT NULL,
    is_new BIGINT NOT NULL DEFAULT 0,
    base_revision BIGINT NOT NULL,
    -- JSON Merge Patch (RFC 7396) of the entity's properties.
    changes TEXT NOT NULL,
    -- JSON array of {field, old, new} against the base revision, for the queue.
    diff TEXT NOT NULL,
    reason TEXT NOT NULL,
    -- JSON {title?, url?, local_knowledge?, date}.
    source TEXT NOT NULL,
    author TEXT NOT NULL REFERENCES users (name),
    -- The entity's cities and sectors after the change, '|'-joined, for the queue's filters.
    cities TEXT NOT NULL,
    sectors TEXT NOT NULL,
    status TEXT NOT NULL,
    reviewer TEXT REFERENCES users (name),
    comment TEXT,
    created_at BIGINT NOT NULL,
    decided_at BIGINT
);
CREATE INDEX suggestions_by_status ON suggestions (status, created_at);

CREATE TABLE revisions (
    -- Publication order across all entities; replicas publish up to the largest.
    seq BIGINT PRIMARY KEY,
    entity_id TEXT NOT NULL,
    revision BIGINT NOT NULL,
    -- The entity's whole properties at this revision (JSON, without derived fields).
    props TEXT NOT NULL,
    diff TEXT NOT NULL,
    suggestion_id TEXT REFERENCES suggestions (id),
    proposed_by TEXT NOT NULL,
    approved_by TEXT NOT NULL,
    reason TEXT NOT NULL,
    source TEXT NOT NULL,
    at BIGINT NOT NULL,
    UNIQUE (entity_id, revision)
);
