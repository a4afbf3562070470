import { z } from 'zod';

const json = z.unknown();

/**
 * A change to the state of the system (the Ardexa audit logs' `audit_logs` table, plus authentik-style
 * model_created / model_updated / model_deleted events, as authentik's events documentation describes them).
 */
export const activityRecordSchema = z.object({
  id: z.string(),
  event_time: z.string(),
  controller: z.string(),
  device: z.string().nullable(),
  entity: z.string(),
  entity_id: z.string().nullable(),
  action: z.string(),
  attribute: z.string().nullable(),
  old_value: z.string().nullable(),
  new_value: z.string().nullable(),
  old_value_full: json.nullable(),
  new_value_full: json.nullable(),
  status: z.enum(['success', 'failed']),
  workgroup_id: z.string(),
  user_id: z.string(),
  user_email: z.string().nullable(),
  comments: z.string().nullable(),
  config: json.nullable(),
  source_ip: z.string().nullable(),
  /** set when the change came through the API with a token */
  jti: z.string().nullable(),
  request_id: z.string().nullable(),
  /** top-level and dotted paths of the fields the change touched, for `changed:<field>` */
  changed: z.array(z.string()),
});
export type ActivityRecord = z.infer<typeof activityRecordSchema>;
