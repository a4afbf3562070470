-- The server's sign-in sessions (server/auth): the browser holds a random 256-bit id in an
-- HttpOnly cookie; this table holds only its SHA-256, so a copy of the database signs nobody in.
-- role and groups are what the provider said at sign-in: a change there applies at the next one.
-- Times are epoch ms, like arrived_ms: the server's clock decides expiry, not the database's.
-- ended_ms is set at sign-out or expiry; the row is kept, so an owner can see who was signed in.

CREATE TABLE sessions (
  id_hash text COLLATE "C" PRIMARY KEY,
  user_id text NOT NULL,
  name text NOT NULL,
  email text NOT NULL,
  role text COLLATE "C" NOT NULL CHECK (role IN ('owner', 'auditor', 'member')),
  groups jsonb NOT NULL,
  created_ms bigint NOT NULL,
  last_seen_ms bigint NOT NULL,
  expires_ms bigint NOT NULL,
  ended_ms bigint,
  end_reason text COLLATE "C" CHECK (end_reason IN ('signed_out', 'idle', 'expired'))
);

CREATE INDEX sessions_user_idx ON sessions (user_id, created_ms);
