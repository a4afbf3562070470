import { z } from 'zod';
import { streamNames } from '../streams';

export const eventTypeSchema = z.object({
  name: z.string(),
  /** numeric code where the reference has one (PrivX audit events) */
  code: z.number().int().nullable(),
  category: z.string(),
  description: z.string(),
  /** where the name is used: a stream of this console, or the reference it comes from */
  source: z.enum([
    'Audit events reference',
    'authentik events',
    'Authentication stages',
    'Authentication events',
    'Ardexa audit logs',
  ]),
  /** the search that finds records of this type, or null where no stream records it */
  records: z.object({ stream: z.enum(streamNames), query: z.string() }).nullable(),
});
export type EventType = z.infer<typeof eventTypeSchema>;

export const eventSources = eventTypeSchema.shape.source.options;

export const eventTypesSchema = z.object({ items: z.array(eventTypeSchema) });
