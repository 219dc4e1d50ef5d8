DROP TABLE authority_plan_data;
DROP TABLE plan_bands;
DROP TABLE plan_issues;
DROP TABLE plan_comments;
DROP TABLE plan_versions;
