-- An owner can end anyone's session (Settings → Sessions): a fourth reason a session ended,
-- so that its user is told why at their next request. The index serves the owner's list of
-- live sessions and the retention run that deletes sessions long over.

ALTER TABLE sessions DROP CONSTRAINT sessions_end_reason_check;
ALTER TABLE sessions ADD CONSTRAINT sessions_end_reason_check
  CHECK (end_reason IN ('signed_out', 'idle', 'expired', 'revoked'));

CREATE INDEX sessions_expires_idx ON sessions (expires_ms);
