import { z } from 'zod';
import type { StreamContract } from './types';

const json = z.unknown();

/**
 * A change to the state of the system (the Ardexa audit logs' `audit_logs` table, plus authentik-style
 * model_created / model_updated / model_deleted events, as authentik's events documentation describes them).
 */
export const activityRecordSchema = z
  .object({
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
  })
  // an ingested record keeps the fields its sender sent beyond these (create_time, …): shown, not dropped
  .loose();
export type ActivityRecord = z.infer<typeof activityRecordSchema>;

export const activityContract: StreamContract<ActivityRecord> = {
  name: 'activity',
  title: 'Activity',
  recordTypeLabel: 'API access',
  // changes to the system are kept indefinitely (the Ardexa audit logs)
  defaultRetentionDays: null,
  schema: activityRecordSchema,
  timeField: 'event_time',
  defaultSort: '-event_time',
  outcomes: [
    { key: 'success', label: 'Success', tone: 'success', query: '-status:failed' },
    { key: 'failure', label: 'Failure', tone: 'error', query: 'status:failed' },
  ],
  // every keyword field but the list `changed` (which of its elements would order a record?)
  sortable: [
    'event_time',
    'user_email',
    'action',
    'controller',
    'entity',
    'attribute',
    'status',
    'device',
    'entity_id',
    'workgroup_id',
    'user_id',
    'source_ip',
    'jti',
    'request_id',
  ],
  fields: [
    { name: 'event_time', type: 'time', label: 'Time' },
    { name: 'action', type: 'keyword', label: 'Action', freeText: true, facet: true },
    { name: 'controller', type: 'keyword', label: 'Controller', facet: true },
    { name: 'entity', type: 'keyword', label: 'Entity', facet: true },
    { name: 'entity_id', type: 'keyword', label: 'Entity ID' },
    { name: 'attribute', type: 'keyword', label: 'Attribute', facet: true },
    { name: 'status', type: 'keyword', label: 'Status', facet: true },
    { name: 'user_email', type: 'keyword', label: 'User', freeText: true, facet: true },
    { name: 'user_id', type: 'keyword', label: 'User ID' },
    { name: 'device', type: 'keyword', label: 'Device', freeText: true, facet: true },
    { name: 'workgroup_id', type: 'keyword', label: 'Workgroup', facet: true },
    { name: 'old_value', type: 'text', label: 'Old value', freeText: true },
    { name: 'new_value', type: 'text', label: 'New value', freeText: true },
    { name: 'comments', type: 'text', label: 'Comments', freeText: true },
    { name: 'changed', type: 'keyword', label: 'Changed field', facet: true },
    { name: 'source_ip', type: 'keyword', label: 'Source IP', facet: true },
    { name: 'jti', type: 'keyword', label: 'Token ID (jti)' },
    { name: 'request_id', type: 'keyword', label: 'Request ID' },
    { name: 'id', type: 'keyword', label: 'Record ID' },
  ],
};
