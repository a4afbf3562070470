import type { AuditRecord } from '../../api/streams';
import { hrefs } from '../../lib/links';
import type { StreamDefinition } from './definition';

/** The timeline of the first key the record has (a trace before a session before a token). */
export function timelineLink(definition: StreamDefinition, record: AuditRecord): string | null {
  for (const { field, key } of definition.timelineKeys ?? []) {
    const value = record[field];
    if (typeof value === 'string' && value !== '') return hrefs.timeline(key, value);
  }
  return null;
}
