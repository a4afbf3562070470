import { z } from 'zod';
import { accessRecordSchema } from './access';
import { activityRecordSchema } from './activity';
import { authenticationRecordSchema } from './authentication';
import { authorisationRecordSchema } from './authorisation';

export const timelineKeySchema = z.enum(['trace_id', 'session', 'token', 'request_id']);
export type TimelineKey = z.infer<typeof timelineKeySchema>;

export const timelineParamsSchema = z.object({
  key: timelineKeySchema,
  value: z.string().min(1, 'is required').max(200, 'must be at most 200 characters'),
});

export const timelineItemSchema = z.discriminatedUnion('stream', [
  z.object({ stream: z.literal('authentication'), time: z.string(), record: authenticationRecordSchema }),
  z.object({ stream: z.literal('authorisation'), time: z.string(), record: authorisationRecordSchema }),
  z.object({ stream: z.literal('access'), time: z.string(), record: accessRecordSchema }),
  z.object({ stream: z.literal('activity'), time: z.string(), record: activityRecordSchema }),
]);
export type TimelineItem = z.infer<typeof timelineItemSchema>;

/** Every record of every stream tied to one trace, session, token or request, oldest first. */
export const timelineSchema = z.object({
  key: timelineKeySchema,
  value: z.string(),
  items: z.array(timelineItemSchema),
  /** more records matched than the limit */
  truncated: z.boolean(),
});
export type Timeline = z.infer<typeof timelineSchema>;
