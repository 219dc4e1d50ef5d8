-- Documents on a case: advice, reports, evidence. Kept in the database so
-- that every instance sees them and a backup holds everything.
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    case_id INTEGER NOT NULL REFERENCES cases(id),
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    content BLOB NOT NULL,
    uploaded_by INTEGER REFERENCES people(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX documents_case ON documents(authority_id, case_id);
