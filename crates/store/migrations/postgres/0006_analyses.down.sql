DROP INDEX case_events_type;
DROP TABLE case_analyses;
