-- Accounts, server-side sessions and the audit log. Written once for SQLite and
-- PostgreSQL alike: integers are BIGINT (unix milliseconds for times, 0/1 for flags),
-- ids are application-made text, so no AUTOINCREMENT/SERIAL dialect is needed.

CREATE TABLE users (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled BIGINT NOT NULL DEFAULT 0,
    must_change_password BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- The cookie holds a random token; only its SHA-256 is stored, so a copy of the
-- database opens no session.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_name TEXT NOT NULL REFERENCES users (name),
    created_at BIGINT NOT NULL,
    last_seen BIGINT NOT NULL,
    address TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_name);

CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT,
    action TEXT NOT NULL,
    target TEXT,
    address TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX audit_by_time ON audit_log (at);
-- Throttling counts recent failed logins per account and per address.
CREATE INDEX audit_by_target ON audit_log (action, target, at);
CREATE INDEX audit_by_address ON audit_log (action, address, at);
