import { z } from 'zod';
import { perStream, streamContracts, streamNames, type StreamName } from '../streams';

/**
 * The kinds of audit record in the audit destinations documentation are the streams; its "API
 * access" (changes to the state of the system) is the Activity stream.
 */
export const recordTypes = streamNames;
export const recordTypeSchema = z.enum(streamNames);
export type RecordType = StreamName;

export const RECORD_TYPE_LABELS: Record<RecordType, string> = perStream(
  (stream) => streamContracts[stream].recordTypeLabel,
);
