import { z } from 'zod';

/**
 * The four kinds of audit record (seed 000): they are the four streams, and "API access"
 * (changes to the state of the system) is the Activity stream.
 */
export const recordTypes = ['authentication', 'authorisation', 'access', 'activity'] as const;
export const recordTypeSchema = z.enum(recordTypes);
export type RecordType = z.infer<typeof recordTypeSchema>;

export const RECORD_TYPE_LABELS: Record<RecordType, string> = {
  authentication: 'Authentication',
  authorisation: 'Authorisation',
  access: 'Access',
  activity: 'API access',
};
