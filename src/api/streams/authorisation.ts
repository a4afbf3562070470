import { authorisationRecordSchema, type AuthorisationRecord } from '../schemas/authorisation';
import { REQUEST_FIELDS } from './requestFields';
import type { StreamContract } from './types';

export const authorisationContract: StreamContract<AuthorisationRecord> = {
  name: 'authorisation',
  title: 'Authorisation',
  recordTypeLabel: 'Authorisation',
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
