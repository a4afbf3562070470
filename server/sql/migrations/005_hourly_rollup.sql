-- Records counted per stream, hour and outcome, so that a histogram or an overview figure over
-- days adds up a few hundred rows instead of reading every record (server/sql/rollup).
--
-- hourly_rollup: one row per (stream, hour, matches). hour_ms is time_ms floored to the hour
-- (UTC). matches has bit i set when the record matches the stream's outcome query i, so the
-- count of any one band's query is exact even if two bands' queries overlapped; outcome is the
-- first band matched (the histogram's stack; the band count for none), which matches decides.
-- records is how many records are in the cell. The store adds to it in the transaction that
-- inserts the records, and subtracts in the one that deletes them (retention).
--
-- hourly_rollup_bands: per stream, the SQL the rollup's outcome and matches were computed with.
-- The bands are the contracts' queries compiled in TypeScript, which can change without a
-- migration; when what the server compiles differs from what is stored here, the store counts
-- the stream's cells again from its records when it opens (server/sql/rollup/rebuild.ts). An
-- existing database upgraded to this version has no row here, so it is counted the first time.

CREATE TABLE hourly_rollup (
  stream text COLLATE "C" NOT NULL,
  hour_ms bigint NOT NULL,
  matches integer NOT NULL,
  outcome smallint NOT NULL,
  records bigint NOT NULL,
  PRIMARY KEY (stream, hour_ms, matches)
);

CREATE TABLE hourly_rollup_bands (
  stream text COLLATE "C" PRIMARY KEY,
  definition text COLLATE "C" NOT NULL
);
