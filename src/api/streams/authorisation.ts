import { z } from 'zod';
import { REQUEST_FIELDS } from './requestFields';
import { DEFAULT_RETENTION_DAYS } from '../schemas/retentionDefaults';
import type { StreamContract } from './types';

/** One allow/deny decision on a request bearing a token (Agilicus audit destinations, `log_type: authorization`). */
export const authorisationRecordSchema = z
  .object({
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
  })
  // an ingested record keeps the fields its sender sent beyond these (create_time, …): shown, not dropped
  .loose();
export type AuthorisationRecord = z.infer<typeof authorisationRecordSchema>;

export const authorisationContract: StreamContract<AuthorisationRecord> = {
  name: 'authorisation',
  title: 'Authorisation',
  recordTypeLabel: 'Authorisation',
  defaultRetentionDays: DEFAULT_RETENTION_DAYS,
  schema: authorisationRecordSchema,
  timeField: 'time',
  defaultSort: '-time',
  outcomes: [
    { key: 'allowed', label: 'Allowed', tone: 'success', query: 'allowed:true' },
    { key: 'denied', label: 'Denied', tone: 'error', query: 'allowed:false' },
  ],
  sortable: [
    'time',
    'email',
    'allowed',
    'method',
    'path',
    'hostname',
    'authority',
    'downstream_remote_address',
    'source_type',
    'authenticated',
    'error',
    'whitelisted',
    'protocol',
    'source_id',
    'source_org_id',
    'org',
    'sub',
    'jti',
    'request_id',
  ],
  fields: [
    { name: 'time', type: 'time', label: 'Time' },
    { name: 'allowed', type: 'keyword', label: 'Allowed', facet: true },
    { name: 'authenticated', type: 'keyword', label: 'Authenticated', facet: true },
    { name: 'error', type: 'keyword', label: 'Error', facet: true },
    { name: 'whitelisted', type: 'keyword', label: 'Whitelisted', facet: true },
    ...REQUEST_FIELDS,
  ],
};
