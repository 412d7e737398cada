-- Access (issue 13): who created a user, disabled users, an epoch raised by every change (ends
-- sessions), role grants waiting for a second admin; API key scopes and the user a case key acts as.
ALTER TABLE case_user ADD COLUMN created_by VARCHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE case_user ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE case_user ADD COLUMN epoch BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE case_user ADD COLUMN pending_roles VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE case_user ADD COLUMN pending_by VARCHAR(64) DEFAULT '' NOT NULL;
-- Existing keys keep screening only: a key named after a user no longer acts as that user.
ALTER TABLE api_key ADD COLUMN scopes VARCHAR(100) DEFAULT 'screen' NOT NULL;
ALTER TABLE api_key ADD COLUMN acts_as VARCHAR(64) DEFAULT '' NOT NULL;
