-- Catalog of list snapshots. Runs unchanged on H2 and PostgreSQL.
-- Versions V10 and up are reserved for the cases work (parties, alerts, audit).

-- One row per imported list version; immutable once written.
CREATE TABLE catalog_snapshot (
  id         VARCHAR(120) NOT NULL PRIMARY KEY,   -- <source>-<first 12 hex of sha256>
  source     VARCHAR(80)  NOT NULL,
  format     VARCHAR(40)  NOT NULL,
  sha256     CHAR(64)     NOT NULL,
  published  DATE,                                -- the list's own date or --published
  effective  DATE         NOT NULL,               -- published, else the import day (UTC)
  imported   TIMESTAMP WITH TIME ZONE NOT NULL,
  targets    INTEGER      NOT NULL,
  records    INTEGER      NOT NULL
);
CREATE INDEX catalog_snapshot_source ON catalog_snapshot (source, effective, imported);

-- The entities of a snapshot as gzipped FtM JSON lines, cut into chunks of at most 1 MiB so that no
-- single value grows with the list (15k OFAC entities are about 2 MB compressed).
CREATE TABLE catalog_snapshot_chunk (
  snapshot_id VARCHAR(120) NOT NULL REFERENCES catalog_snapshot (id),
  seq         INTEGER      NOT NULL,
  data        BYTEA        NOT NULL,
  PRIMARY KEY (snapshot_id, seq)
);

-- The active snapshot of each source: the pointer that changes atomically with the commit.
CREATE TABLE catalog_source (
  source     VARCHAR(80)  NOT NULL PRIMARY KEY,
  active_id  VARCHAR(120) NOT NULL REFERENCES catalog_snapshot (id),
  changed    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What `cordon update` last saw per source URL, for conditional requests.
CREATE TABLE catalog_download (
  source        VARCHAR(80)   NOT NULL,
  url           VARCHAR(2000) NOT NULL,
  etag          VARCHAR(500),
  last_modified VARCHAR(100),
  sha256        CHAR(64),
  checked       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (source, url)
);
