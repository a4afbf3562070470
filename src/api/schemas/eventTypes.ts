import { z } from 'zod';

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
  ]),
});
export type EventType = z.infer<typeof eventTypeSchema>;

export const eventTypesSchema = z.object({ items: z.array(eventTypeSchema) });
