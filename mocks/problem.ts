/** The API's problem+json responses, for tests that stand in for an endpoint with msw. */
export { badParameter, problem } from '../server/api/problem';
