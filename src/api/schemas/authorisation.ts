import { z } from 'zod';

/** One allow/deny decision on a request bearing a token (Agilicus audit destinations, `log_type: authorization`). */
export const authorisationRecordSchema = z.object({
  id: z.string(),
  time: z.string(),
  allowed: z.boolean(),
  authenticated: z.boolean(),
  authority: z.string(),
  downstream_remote_address: z.string(),
  error: z.boolean(),
  hostname: z.string(),
  /** the token's id: the authentication stream's token_id */
  jti: z.string(),
  method: z.string(),
  org: z.string(),
  path: z.string(),
  protocol: z.string(),
  /** shared with the access-log line of the same request */
  request_id: z.string(),
  source_id: z.string(),
  source_org_id: z.string(),
  source_type: z.string(),
  sub: z.string(),
  whitelisted: z.boolean(),
  /** the subject's email, resolved for readability (not in the wire format of the Agilicus audit-destinations documentation) */
  email: z.string().nullable(),
});
export type AuthorisationRecord = z.infer<typeof authorisationRecordSchema>;
