-- Personal API tokens: a user creates them for scripts and revokes them. The token itself is shown
-- once; only its SHA-256 is kept, with its expiry and revocation, which are checked on every call.
CREATE TABLE api_token (
  id VARCHAR(36) PRIMARY KEY,
  username VARCHAR(64) NOT NULL REFERENCES app_user (username),
  name VARCHAR(100) NOT NULL,
  token_hash VARCHAR(64) NOT NULL UNIQUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at TIMESTAMP WITH TIME ZONE,
  revoked_by VARCHAR(64),
  last_used_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX api_token_user ON api_token (username, created_at);
