-- The EHC plan: every saved version, the comments on an issued draft with
-- their answers, each issue with its quality check and funding, the
-- panel's band decisions, and each authority's own drafting data.

-- A plan is a series of versions; a save writes the next number or fails,
-- so two coordinators saving at once cannot overwrite each other.
CREATE TABLE plan_versions (
    id INTEGER PRIMARY KEY,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    case_id INTEGER NOT NULL REFERENCES cases(id),
    version INTEGER NOT NULL,
    content TEXT NOT NULL,
    note TEXT NOT NULL,
    faults INTEGER NOT NULL,
    saved_by INTEGER REFERENCES people(id),
    saved_at INTEGER NOT NULL,
    UNIQUE (case_id, version)
);

-- The family's (or an invited school's) comments on an issued draft, one
-- section at a time, and the coordinator's answer to each.
CREATE TABLE plan_comments (
    id INTEGER PRIMARY KEY,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    case_id INTEGER NOT NULL REFERENCES cases(id),
    version INTEGER NOT NULL,
    section TEXT NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES people(id),
    created_at INTEGER NOT NULL,
    answer TEXT,
    answered_by INTEGER REFERENCES people(id),
    answered_at INTEGER
);
CREATE INDEX plan_comments_case ON plan_comments(authority_id, case_id);

-- Each time a version went out as a draft or final: what the check found,
-- why it was issued anyway, and the band's amount beside the planned cost.
CREATE TABLE plan_issues (
    id INTEGER PRIMARY KEY,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    case_id INTEGER NOT NULL REFERENCES cases(id),
    version INTEGER NOT NULL,
    stage TEXT NOT NULL,
    faults INTEGER NOT NULL,
    override_reason TEXT,
    school_invited INTEGER NOT NULL,
    band TEXT,
    idealised_pence INTEGER,
    planned_pence INTEGER NOT NULL,
    issued_by INTEGER REFERENCES people(id),
    issued_at INTEGER NOT NULL
);
CREATE INDEX plan_issues_case ON plan_issues(authority_id, case_id);

-- The panel setting a band other than the points give, with its reason.
CREATE TABLE plan_bands (
    id INTEGER PRIMARY KEY,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    case_id INTEGER NOT NULL REFERENCES cases(id),
    band TEXT NOT NULL,
    reason TEXT NOT NULL,
    decided_by INTEGER REFERENCES people(id),
    decided_at INTEGER NOT NULL
);
CREATE INDEX plan_bands_case ON plan_bands(authority_id, case_id);

-- An authority's provision catalogue, outcomes library and funding bands
-- (TOML), replacing the shipped examples once it saves its own.
CREATE TABLE authority_plan_data (
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    kind TEXT NOT NULL,
    content TEXT NOT NULL,
    updated_by INTEGER REFERENCES people(id),
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (authority_id, kind)
);
