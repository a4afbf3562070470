import { z } from 'zod';

/**
 * One stage of a login attempt (Agilicus authentication audit) plus the
 * user's email. "Not all stages will have all fields available": those are nullable.
 */
export const authenticationRecordSchema = z.object({
  id: z.string(),
  time: z.string(),
  user_id: z.string().nullable(),
  upstream_user_id: z.string().nullable(),
  email: z.string().nullable(),
  org_id: z.string(),
  org_name: z.string(),
  event: z.string(),
  source_ip: z.string(),
  token_id: z.string().nullable(),
  trace_id: z.string(),
  session: z.string().nullable(),
  issuer: z.string(),
  client_id: z.string(),
  application_name: z.string().nullable(),
  login_org_id: z.string().nullable(),
  login_org_name: z.string().nullable(),
  upstream_idp: z.string().nullable(),
  stage: z.string(),
  user_agent: z.string().nullable(),
});

export type AuthenticationRecord = z.infer<typeof authenticationRecordSchema>;
