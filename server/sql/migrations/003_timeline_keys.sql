-- The timeline (GET /audit/timeline) follows a login's trace, session and token to the
-- authorisation decisions and access lines made with that token (jti) and the records of one
-- request (request_id): each step is an equality lookup on one of these columns, which would
-- otherwise read the whole table.

CREATE INDEX authentication_records_trace_id_idx ON authentication_records (trace_id_fold);
CREATE INDEX authentication_records_session_idx ON authentication_records (session_fold);
CREATE INDEX authentication_records_token_id_idx ON authentication_records (token_id_fold);
CREATE INDEX authorisation_records_jti_idx ON authorisation_records (jti_fold);
CREATE INDEX authorisation_records_request_id_idx ON authorisation_records (request_id_fold);
CREATE INDEX access_records_jti_idx ON access_records (jti_fold);
CREATE INDEX access_records_request_id_idx ON access_records (request_id_fold);
CREATE INDEX activity_records_jti_idx ON activity_records (jti_fold);
CREATE INDEX activity_records_request_id_idx ON activity_records (request_id_fold);
