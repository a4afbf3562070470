-- Every keyword field sorts (issue 16). The timeline's keys already had an index each, for
-- its equality lookups (003); each becomes the index in its sort's order instead, which
-- serves those lookups as well, so sorting by trace, session, token or request seeks rather
-- than sorting the range, at no extra index per insert. The other newly sortable fields get
-- no index: each would slow every insert, and a sort without one reads the range's matches.

DROP INDEX authentication_records_trace_id_idx;
DROP INDEX authentication_records_session_idx;
DROP INDEX authentication_records_token_id_idx;
DROP INDEX authorisation_records_jti_idx;
DROP INDEX authorisation_records_request_id_idx;
DROP INDEX access_records_jti_idx;
DROP INDEX access_records_request_id_idx;
DROP INDEX activity_records_jti_idx;
DROP INDEX activity_records_request_id_idx;

CREATE INDEX authentication_records_trace_id_idx ON authentication_records (trace_id_fold, time_ms DESC, id DESC);
CREATE INDEX authentication_records_session_idx ON authentication_records (session_fold, time_ms DESC, id DESC);
CREATE INDEX authentication_records_token_id_idx ON authentication_records (token_id_fold, time_ms DESC, id DESC);
CREATE INDEX authorisation_records_jti_idx ON authorisation_records (jti_fold, time_ms DESC, id DESC);
CREATE INDEX authorisation_records_request_id_idx ON authorisation_records (request_id_fold, time_ms DESC, id DESC);
CREATE INDEX access_records_jti_idx ON access_records (jti_fold, time_ms DESC, id DESC);
CREATE INDEX access_records_request_id_idx ON access_records (request_id_fold, time_ms DESC, id DESC);
CREATE INDEX activity_records_jti_idx ON activity_records (jti_fold, time_ms DESC, id DESC);
CREATE INDEX activity_records_request_id_idx ON activity_records (request_id_fold, time_ms DESC, id DESC);
