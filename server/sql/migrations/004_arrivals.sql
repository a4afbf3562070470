-- When an ingested record arrived (epoch ms), for the live tail: a sender delivers batches
-- seconds or hours after their events happened, and a tail that only read each record's own
-- time would never show such a record to anyone already watching. NULL: the record arrived
-- with its own time (a demo load, the console's own audit trail), which the time index serves.
-- The partial index holds ingested records only.

ALTER TABLE authentication_records ADD COLUMN arrived_ms bigint;
ALTER TABLE authorisation_records ADD COLUMN arrived_ms bigint;
ALTER TABLE access_records ADD COLUMN arrived_ms bigint;
ALTER TABLE activity_records ADD COLUMN arrived_ms bigint;

CREATE INDEX authentication_records_arrived_idx ON authentication_records (arrived_ms) WHERE arrived_ms IS NOT NULL;
CREATE INDEX authorisation_records_arrived_idx ON authorisation_records (arrived_ms) WHERE arrived_ms IS NOT NULL;
CREATE INDEX access_records_arrived_idx ON access_records (arrived_ms) WHERE arrived_ms IS NOT NULL;
CREATE INDEX activity_records_arrived_idx ON activity_records (arrived_ms) WHERE arrived_ms IS NOT NULL;
