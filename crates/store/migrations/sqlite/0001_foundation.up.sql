-- Tandem's foundation: authorities (tenants), people, schools, sessions,
-- the audit log, the outbox and the case event log with its read model.
-- Times are Unix milliseconds (UTC); calendar dates are ISO 8601 text.
CREATE TABLE authorities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    la_code TEXT NOT NULL UNIQUE,
    case_prefix TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE schools (
    id INTEGER PRIMARY KEY,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    name TEXT NOT NULL,
    urn TEXT NOT NULL,
    phase TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (authority_id, urn)
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    school_id INTEGER REFERENCES schools(id),
    password_hash TEXT,
    totp_secret TEXT,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE INDEX people_authority ON people(authority_id);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    csrf_token TEXT NOT NULL,
    second_factor_done INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);
CREATE INDEX sessions_person ON sessions(person_id);

CREATE TABLE sign_in_failures (
    account_key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    first_failure_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    person_id INTEGER REFERENCES people(id),
    action TEXT NOT NULL,
    case_id INTEGER,
    detail TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX audit_log_authority ON audit_log(authority_id, id);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    case_id INTEGER,
    channel TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    sent_at INTEGER,
    last_error TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX outbox_pending ON outbox(sent_at, next_attempt_at);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    reference TEXT NOT NULL UNIQUE,
    child_name TEXT NOT NULL,
    child_date_of_birth TEXT,
    school_id INTEGER REFERENCES schools(id),
    coordinator_id INTEGER REFERENCES people(id),
    stage TEXT NOT NULL,
    next_due TEXT,
    rag TEXT NOT NULL,
    version INTEGER NOT NULL,
    opened_on TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX cases_authority_due ON cases(authority_id, next_due);
CREATE INDEX cases_coordinator ON cases(authority_id, coordinator_id, next_due);

CREATE TABLE case_people (
    case_id INTEGER NOT NULL REFERENCES cases(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    relation TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (case_id, person_id, relation)
);
CREATE INDEX case_people_person ON case_people(person_id);

-- The legal record: append-only. (case_id, seq) is the optimistic lock.
CREATE TABLE case_events (
    case_id INTEGER NOT NULL REFERENCES cases(id),
    seq INTEGER NOT NULL,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    event_type TEXT NOT NULL,
    payload TEXT NOT NULL,
    actor_id INTEGER REFERENCES people(id),
    recorded_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (case_id, seq)
);

CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE oidc_providers (
    authority_id INTEGER PRIMARY KEY REFERENCES authorities(id),
    issuer_url TEXT NOT NULL,
    client_id TEXT NOT NULL,
    client_secret TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE oidc_logins (
    state TEXT PRIMARY KEY,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    nonce TEXT NOT NULL,
    pkce_verifier TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
