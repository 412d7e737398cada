-- API keys for the HTTP API. Only the SHA-256 of a key is stored; the clear key is shown once.
CREATE TABLE api_key (
  name      VARCHAR(64)  NOT NULL PRIMARY KEY,
  prefix    VARCHAR(16)  NOT NULL,
  sha256    CHAR(64)     NOT NULL UNIQUE,
  created   TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked   BOOLEAN      NOT NULL DEFAULT FALSE
);
