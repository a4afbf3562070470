import { z } from 'zod';

/** One proxied request's transaction detail (Agilicus audit destinations, `log_type: access`). */
export const accessRecordSchema = z.object({
  id: z.string(),
  start_time: z.string(),
  authority: z.string(),
  bytes_received: z.number().int().nonnegative(),
  bytes_sent: z.number().int().nonnegative(),
  downstream_remote_address: z.string(),
  /** milliseconds */
  duration: z.number().int().nonnegative(),
  flags: z.string(),
  hostname: z.string(),
  http_referrer: z.string(),
  http_user_agent: z.string(),
  jti: z.string(),
  method: z.string(),
  org: z.string(),
  path: z.string(),
  protocol: z.string(),
  request_id: z.string(),
  response_code: z.number().int(),
  source_id: z.string(),
  source_org_id: z.string(),
  source_type: z.string(),
  sub: z.string(),
  upstream_authority: z.string(),
  email: z.string().nullable(),
});
export type AccessRecord = z.infer<typeof accessRecordSchema>;
