-- The console's settings (server/engine/types.ts, SettingsStore): destinations, their last
-- deliveries, the retention policy and saved searches, each a JSON document with a version.
--
-- documents: one row per document of a collection. etag is the version a write must name to
-- replace it (If-Match): the store compares and writes in one UPDATE ... WHERE etag = $old.
-- position is the order documents were first stored in, which listing keeps.
--
-- idempotency_keys: the document a create with an Idempotency-Key made. The key and the
-- document go in in one transaction; a second create with the key finds the first's row.
-- created_at lets old keys be pruned.

CREATE TABLE documents (
  collection text COLLATE "C" NOT NULL,
  id text COLLATE "C" NOT NULL,
  value jsonb NOT NULL,
  etag text COLLATE "C" NOT NULL,
  position bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (collection, id)
);

CREATE TABLE idempotency_keys (
  scope text COLLATE "C" NOT NULL,
  key text COLLATE "C" NOT NULL,
  document_id text COLLATE "C" NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);
