-- How people and schools are reached, and which reminders have gone out.
-- A school is told about its pupils' cases at this address.
ALTER TABLE schools ADD COLUMN email TEXT;
-- How a person chose to be contacted and in which language (a BCP 47 tag);
-- messages fall back to English where no translation exists.
ALTER TABLE people ADD COLUMN contact_channel TEXT NOT NULL DEFAULT 'email';
ALTER TABLE people ADD COLUMN language TEXT NOT NULL DEFAULT 'en';

-- One row per reminder sent, so the daily pass sends each one once.
CREATE TABLE reminders_sent (
    case_id BIGINT NOT NULL REFERENCES cases(id),
    authority_id BIGINT NOT NULL REFERENCES authorities(id),
    milestone TEXT NOT NULL,
    step TEXT NOT NULL,
    sent_on TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (case_id, milestone, step)
);
