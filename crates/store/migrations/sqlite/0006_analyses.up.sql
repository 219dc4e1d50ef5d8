-- The engine's latest analysis of each case's documents, so pages need not
-- read every document again. `documents_key` names the documents it was
-- made from (a new or removed one makes it stale); `findings` is JSON the
-- web layer owns; the needs profile beside it (primary need, the 20
-- questions' levels as digits, provision codes) is what the similar-case
-- search compares without reading any JSON.
CREATE TABLE case_analyses (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id),
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    documents_key TEXT NOT NULL,
    primary_need TEXT,
    levels TEXT NOT NULL,
    provision TEXT NOT NULL,
    made_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    -- Last, so the search's columns are read without the JSON's pages.
    findings TEXT NOT NULL
);
CREATE INDEX case_analyses_authority ON case_analyses(authority_id);

-- Reports count one kind of event across an authority (the reviews of the
-- engine's suggestions) without reading every case's history.
CREATE INDEX case_events_type ON case_events(authority_id, event_type);
