-- Asynchronous screening jobs (POST /v1/jobs). Files (input, results, checkpoint) live under the
-- home's jobs/<id>/ folder; this table holds their state so that a restarted server resumes them.
CREATE TABLE screening_job (
  id          VARCHAR(64)   NOT NULL PRIMARY KEY,
  owner       VARCHAR(64)   NOT NULL,
  status      VARCHAR(16)   NOT NULL,
  format      VARCHAR(16)   NOT NULL,
  options     VARCHAR(4000) NOT NULL,
  rows_total  BIGINT        NOT NULL,
  rows_done   BIGINT        NOT NULL,
  hits        BIGINT        NOT NULL,
  errors      BIGINT        NOT NULL,
  created     TIMESTAMP WITH TIME ZONE NOT NULL,
  started     TIMESTAMP WITH TIME ZONE,
  finished    TIMESTAMP WITH TIME ZONE,
  error       VARCHAR(4000)
);
CREATE INDEX screening_job_owner ON screening_job (owner, created);
CREATE INDEX screening_job_status ON screening_job (status, created);
