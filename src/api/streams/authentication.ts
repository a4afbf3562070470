import { z } from 'zod';
import { DEFAULT_RETENTION_DAYS } from '../schemas/retentionDefaults';
import type { StreamContract } from './types';

/**
 * One stage of a login attempt (Agilicus authentication audit) plus the
 * user's email. "Not all stages will have all fields available": those are nullable.
 */
export const authenticationRecordSchema = z
  .object({
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
  })
  // an ingested record keeps the fields its sender sent beyond these (create_time, …): shown, not dropped
  .loose();

export type AuthenticationRecord = z.infer<typeof authenticationRecordSchema>;

export const authenticationContract: StreamContract<AuthenticationRecord> = {
  name: 'authentication',
  title: 'Authentication',
  recordTypeLabel: 'Authentication',
  defaultRetentionDays: DEFAULT_RETENTION_DAYS,
  schema: authenticationRecordSchema,
  timeField: 'time',
  defaultSort: '-time',
  outcomes: [
    {
      key: 'success',
      label: 'Success',
      tone: 'success',
      query: 'event:success OR event:issued OR event:reissued',
    },
    {
      key: 'failure',
      label: 'Failure',
      tone: 'error',
      query: 'event:failure OR event:user_not_found OR event:access_denied OR event:timeout',
    },
    // steps that neither pass nor fail a login: its start, redirects, MFA challenges
    {
      key: 'other',
      label: 'In progress',
      tone: 'neutral',
      query: 'event:started OR event:redirect OR event:challenge',
    },
  ],
  sortable: [
    'time',
    'email',
    'event',
    'stage',
    'source_ip',
    'application_name',
    'client_id',
    'issuer',
    'upstream_idp',
    'org_name',
    'login_org_name',
    'user_id',
    'upstream_user_id',
    'org_id',
    'login_org_id',
    'trace_id',
    'session',
    'token_id',
    // text, but one short value a record: sorting groups one browser's or client's sign-ins
    'user_agent',
  ],
  fields: [
    { name: 'time', type: 'time', label: 'Time' },
    { name: 'email', type: 'keyword', label: 'Email', freeText: true, facet: true },
    { name: 'user_id', type: 'keyword', label: 'User ID', facet: true },
    { name: 'upstream_user_id', type: 'keyword', label: 'Upstream user ID' },
    { name: 'event', type: 'keyword', label: 'Event', facet: true },
    { name: 'stage', type: 'keyword', label: 'Stage', facet: true },
    { name: 'source_ip', type: 'keyword', label: 'Source IP', freeText: true, facet: true },
    { name: 'application_name', type: 'keyword', label: 'Application', freeText: true, facet: true },
    { name: 'client_id', type: 'keyword', label: 'Client ID', facet: true },
    { name: 'issuer', type: 'keyword', label: 'Issuer', facet: true },
    { name: 'upstream_idp', type: 'keyword', label: 'Upstream IdP', facet: true },
    { name: 'org_id', type: 'keyword', label: 'Org ID' },
    { name: 'org_name', type: 'keyword', label: 'Org', freeText: true, facet: true },
    { name: 'login_org_id', type: 'keyword', label: 'Login org ID' },
    { name: 'login_org_name', type: 'keyword', label: 'Login org', freeText: true, facet: true },
    { name: 'trace_id', type: 'keyword', label: 'Trace ID' },
    { name: 'session', type: 'keyword', label: 'Session' },
    { name: 'token_id', type: 'keyword', label: 'Token ID' },
    { name: 'user_agent', type: 'text', label: 'User agent', freeText: true },
    { name: 'id', type: 'keyword', label: 'Record ID' },
  ],
};
