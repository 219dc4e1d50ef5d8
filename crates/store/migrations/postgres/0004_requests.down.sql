ALTER TABLE documents DROP COLUMN family_visible;
ALTER TABLE people DROP COLUMN email_verified;
DROP TABLE child_views;
DROP TABLE conversation_messages;
DROP TABLE account_tokens;
DROP TABLE case_requests;
DROP TABLE request_files;
DROP TABLE request_drafts;
