DROP TABLE reminders_sent;
ALTER TABLE people DROP COLUMN language;
ALTER TABLE people DROP COLUMN contact_channel;
ALTER TABLE schools DROP COLUMN email;
