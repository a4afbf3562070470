-- The records of the four audit streams, one table per stream (server/sql/tables.ts derives the
-- same layout from the contracts in src/api/streams; schema.test.ts fails if the two drift apart).
--
-- Per record: the id, the instant twice (time_ms for ranges and order, time_iso as the record says
-- it), the whole record as jsonb (what the API returns), and for each searchable field the column
-- the compiled WHERE reads:
--   <field>_fold  keyword and text fields, lower-cased in JavaScript (server/sql/fold.ts explains why
--                 not lower()), text[] for list-valued fields (activity's changed);
--   <field>_num   number fields: evaluate.ts's toNumber(), NULL where that is NaN;
--   free_text_fold  the string values of the free-text fields, joined by U+FFFF, which no folded
--                 text contains, so one LIKE searches them all and never matches across two.
-- Folded text is COLLATE "C" whatever the database's locale: equality, LIKE and order are then by
-- code point, which fold.ts arranges to be JavaScript's order.
--
-- Indexes: (time_ms DESC, id DESC) for a time range read newest first and its keyset; for each
-- sortable field (field, time_ms DESC, id DESC), which serves an ascending sort's keyset and a
-- keyword equality read newest first; trigrams (pg_trgm) for substring search of text fields
-- and free text; GIN on the list field's array.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE authentication_records (
  id text COLLATE "C" PRIMARY KEY,
  time_ms bigint NOT NULL,
  time_iso text COLLATE "C" NOT NULL,
  doc jsonb NOT NULL,
  free_text_fold text COLLATE "C",
  email_fold text COLLATE "C",
  user_id_fold text COLLATE "C",
  upstream_user_id_fold text COLLATE "C",
  event_fold text COLLATE "C",
  stage_fold text COLLATE "C",
  source_ip_fold text COLLATE "C",
  application_name_fold text COLLATE "C",
  client_id_fold text COLLATE "C",
  issuer_fold text COLLATE "C",
  upstream_idp_fold text COLLATE "C",
  org_id_fold text COLLATE "C",
  org_name_fold text COLLATE "C",
  login_org_id_fold text COLLATE "C",
  login_org_name_fold text COLLATE "C",
  trace_id_fold text COLLATE "C",
  session_fold text COLLATE "C",
  token_id_fold text COLLATE "C",
  user_agent_fold text COLLATE "C",
  id_fold text COLLATE "C",
  -- Date#toISOString's form, whose text order is time order (insert.ts refuses any other)
  CONSTRAINT authentication_records_time_iso_form CHECK (time_iso ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[.][0-9]{3}Z$')
);

CREATE INDEX authentication_records_time_idx ON authentication_records (time_ms DESC, id DESC);
CREATE INDEX authentication_records_email_idx ON authentication_records (email_fold, time_ms DESC, id DESC);
CREATE INDEX authentication_records_event_idx ON authentication_records (event_fold, time_ms DESC, id DESC);
CREATE INDEX authentication_records_stage_idx ON authentication_records (stage_fold, time_ms DESC, id DESC);
CREATE INDEX authentication_records_source_ip_idx ON authentication_records (source_ip_fold, time_ms DESC, id DESC);
CREATE INDEX authentication_records_application_name_idx ON authentication_records (application_name_fold, time_ms DESC, id DESC);
CREATE INDEX authentication_records_client_id_idx ON authentication_records (client_id_fold, time_ms DESC, id DESC);
CREATE INDEX authentication_records_issuer_idx ON authentication_records (issuer_fold, time_ms DESC, id DESC);
CREATE INDEX authentication_records_upstream_idp_idx ON authentication_records (upstream_idp_fold, time_ms DESC, id DESC);
CREATE INDEX authentication_records_org_name_idx ON authentication_records (org_name_fold, time_ms DESC, id DESC);
CREATE INDEX authentication_records_login_org_name_idx ON authentication_records (login_org_name_fold, time_ms DESC, id DESC);
CREATE INDEX authentication_records_free_text_trgm ON authentication_records USING gin (free_text_fold gin_trgm_ops);
CREATE INDEX authentication_records_user_agent_trgm ON authentication_records USING gin (user_agent_fold gin_trgm_ops);

CREATE TABLE authorisation_records (
  id text COLLATE "C" PRIMARY KEY,
  time_ms bigint NOT NULL,
  time_iso text COLLATE "C" NOT NULL,
  doc jsonb NOT NULL,
  free_text_fold text COLLATE "C",
  allowed_fold text COLLATE "C",
  authenticated_fold text COLLATE "C",
  error_fold text COLLATE "C",
  whitelisted_fold text COLLATE "C",
  method_fold text COLLATE "C",
  path_fold text COLLATE "C",
  email_fold text COLLATE "C",
  authority_fold text COLLATE "C",
  hostname_fold text COLLATE "C",
  downstream_remote_address_fold text COLLATE "C",
  protocol_fold text COLLATE "C",
  source_type_fold text COLLATE "C",
  source_id_fold text COLLATE "C",
  source_org_id_fold text COLLATE "C",
  org_fold text COLLATE "C",
  sub_fold text COLLATE "C",
  jti_fold text COLLATE "C",
  request_id_fold text COLLATE "C",
  id_fold text COLLATE "C",
  -- Date#toISOString's form, whose text order is time order (insert.ts refuses any other)
  CONSTRAINT authorisation_records_time_iso_form CHECK (time_iso ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[.][0-9]{3}Z$')
);

CREATE INDEX authorisation_records_time_idx ON authorisation_records (time_ms DESC, id DESC);
CREATE INDEX authorisation_records_email_idx ON authorisation_records (email_fold, time_ms DESC, id DESC);
CREATE INDEX authorisation_records_allowed_idx ON authorisation_records (allowed_fold, time_ms DESC, id DESC);
CREATE INDEX authorisation_records_method_idx ON authorisation_records (method_fold, time_ms DESC, id DESC);
CREATE INDEX authorisation_records_path_idx ON authorisation_records (path_fold, time_ms DESC, id DESC);
CREATE INDEX authorisation_records_hostname_idx ON authorisation_records (hostname_fold, time_ms DESC, id DESC);
CREATE INDEX authorisation_records_authority_idx ON authorisation_records (authority_fold, time_ms DESC, id DESC);
CREATE INDEX authorisation_records_downstream_remote_address_idx ON authorisation_records (downstream_remote_address_fold, time_ms DESC, id DESC);
CREATE INDEX authorisation_records_source_type_idx ON authorisation_records (source_type_fold, time_ms DESC, id DESC);
CREATE INDEX authorisation_records_free_text_trgm ON authorisation_records USING gin (free_text_fold gin_trgm_ops);

CREATE TABLE access_records (
  id text COLLATE "C" PRIMARY KEY,
  time_ms bigint NOT NULL,
  time_iso text COLLATE "C" NOT NULL,
  doc jsonb NOT NULL,
  free_text_fold text COLLATE "C",
  response_code_num double precision,
  duration_num double precision,
  bytes_sent_num double precision,
  bytes_received_num double precision,
  upstream_authority_fold text COLLATE "C",
  http_user_agent_fold text COLLATE "C",
  http_referrer_fold text COLLATE "C",
  flags_fold text COLLATE "C",
  method_fold text COLLATE "C",
  path_fold text COLLATE "C",
  email_fold text COLLATE "C",
  authority_fold text COLLATE "C",
  hostname_fold text COLLATE "C",
  downstream_remote_address_fold text COLLATE "C",
  protocol_fold text COLLATE "C",
  source_type_fold text COLLATE "C",
  source_id_fold text COLLATE "C",
  source_org_id_fold text COLLATE "C",
  org_fold text COLLATE "C",
  sub_fold text COLLATE "C",
  jti_fold text COLLATE "C",
  request_id_fold text COLLATE "C",
  id_fold text COLLATE "C",
  -- Date#toISOString's form, whose text order is time order (insert.ts refuses any other)
  CONSTRAINT access_records_time_iso_form CHECK (time_iso ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[.][0-9]{3}Z$')
);

CREATE INDEX access_records_time_idx ON access_records (time_ms DESC, id DESC);
CREATE INDEX access_records_email_idx ON access_records (email_fold, time_ms DESC, id DESC);
CREATE INDEX access_records_method_idx ON access_records (method_fold, time_ms DESC, id DESC);
CREATE INDEX access_records_path_idx ON access_records (path_fold, time_ms DESC, id DESC);
CREATE INDEX access_records_response_code_idx ON access_records (response_code_num, time_ms DESC, id DESC);
CREATE INDEX access_records_duration_idx ON access_records (duration_num, time_ms DESC, id DESC);
CREATE INDEX access_records_bytes_sent_idx ON access_records (bytes_sent_num, time_ms DESC, id DESC);
CREATE INDEX access_records_bytes_received_idx ON access_records (bytes_received_num, time_ms DESC, id DESC);
CREATE INDEX access_records_authority_idx ON access_records (authority_fold, time_ms DESC, id DESC);
CREATE INDEX access_records_downstream_remote_address_idx ON access_records (downstream_remote_address_fold, time_ms DESC, id DESC);
CREATE INDEX access_records_free_text_trgm ON access_records USING gin (free_text_fold gin_trgm_ops);
CREATE INDEX access_records_http_user_agent_trgm ON access_records USING gin (http_user_agent_fold gin_trgm_ops);
CREATE INDEX access_records_http_referrer_trgm ON access_records USING gin (http_referrer_fold gin_trgm_ops);

CREATE TABLE activity_records (
  id text COLLATE "C" PRIMARY KEY,
  time_ms bigint NOT NULL,
  time_iso text COLLATE "C" NOT NULL,
  doc jsonb NOT NULL,
  free_text_fold text COLLATE "C",
  action_fold text COLLATE "C",
  controller_fold text COLLATE "C",
  entity_fold text COLLATE "C",
  entity_id_fold text COLLATE "C",
  attribute_fold text COLLATE "C",
  status_fold text COLLATE "C",
  user_email_fold text COLLATE "C",
  user_id_fold text COLLATE "C",
  device_fold text COLLATE "C",
  workgroup_id_fold text COLLATE "C",
  old_value_fold text COLLATE "C",
  new_value_fold text COLLATE "C",
  comments_fold text COLLATE "C",
  changed_fold text[] COLLATE "C",
  source_ip_fold text COLLATE "C",
  jti_fold text COLLATE "C",
  request_id_fold text COLLATE "C",
  id_fold text COLLATE "C",
  -- Date#toISOString's form, whose text order is time order (insert.ts refuses any other)
  CONSTRAINT activity_records_time_iso_form CHECK (time_iso ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[.][0-9]{3}Z$')
);

CREATE INDEX activity_records_time_idx ON activity_records (time_ms DESC, id DESC);
CREATE INDEX activity_records_user_email_idx ON activity_records (user_email_fold, time_ms DESC, id DESC);
CREATE INDEX activity_records_action_idx ON activity_records (action_fold, time_ms DESC, id DESC);
CREATE INDEX activity_records_controller_idx ON activity_records (controller_fold, time_ms DESC, id DESC);
CREATE INDEX activity_records_entity_idx ON activity_records (entity_fold, time_ms DESC, id DESC);
CREATE INDEX activity_records_attribute_idx ON activity_records (attribute_fold, time_ms DESC, id DESC);
CREATE INDEX activity_records_status_idx ON activity_records (status_fold, time_ms DESC, id DESC);
CREATE INDEX activity_records_device_idx ON activity_records (device_fold, time_ms DESC, id DESC);
CREATE INDEX activity_records_free_text_trgm ON activity_records USING gin (free_text_fold gin_trgm_ops);
CREATE INDEX activity_records_old_value_trgm ON activity_records USING gin (old_value_fold gin_trgm_ops);
CREATE INDEX activity_records_new_value_trgm ON activity_records USING gin (new_value_fold gin_trgm_ops);
CREATE INDEX activity_records_comments_trgm ON activity_records USING gin (comments_fold gin_trgm_ops);
CREATE INDEX activity_records_changed_gin ON activity_records USING gin (changed_fold);
