-- Requests made online, the family's portal and its accounts.

-- A request being filled in. The visitor holds the secret in a cookie (or an
-- emailed link); the database keeps only its SHA-256.
CREATE TABLE request_drafts (
    id INTEGER PRIMARY KEY,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    secret_hash TEXT NOT NULL UNIQUE,
    person_id INTEGER REFERENCES people(id),
    answers TEXT NOT NULL,
    case_id INTEGER REFERENCES cases(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Evidence uploaded with a draft; moved onto the case when it is sent.
CREATE TABLE request_files (
    id INTEGER PRIMARY KEY,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    draft_id INTEGER NOT NULL REFERENCES request_drafts(id),
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    content BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX request_files_draft ON request_files(draft_id);

-- The answers a case was opened with, and a possible duplicate for staff.
CREATE TABLE case_requests (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id),
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    answers TEXT NOT NULL,
    possible_duplicate_of TEXT,
    created_at INTEGER NOT NULL
);

-- Single-use links that confirm an email address or set a new password.
CREATE TABLE account_tokens (
    token_hash TEXT PRIMARY KEY,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    purpose TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX account_tokens_person ON account_tokens(person_id);

-- The message thread between a family and their coordinator.
CREATE TABLE conversation_messages (
    id INTEGER PRIMARY KEY,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    case_id INTEGER NOT NULL REFERENCES cases(id),
    author_id INTEGER NOT NULL REFERENCES people(id),
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX conversation_case ON conversation_messages(authority_id, case_id, id);

-- "All about me": the child's and family's views, in their words.
CREATE TABLE child_views (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id),
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    admired TEXT NOT NULL,
    important TEXT NOT NULL,
    hopes TEXT NOT NULL,
    support TEXT NOT NULL,
    updated_by INTEGER REFERENCES people(id),
    updated_at INTEGER NOT NULL
);

-- Accounts made by staff and the demo are known good; a family's own
-- sign-up starts unconfirmed.
ALTER TABLE people ADD COLUMN email_verified INTEGER NOT NULL DEFAULT 1;
ALTER TABLE documents ADD COLUMN family_visible INTEGER NOT NULL DEFAULT 0;
