import { z } from 'zod';
import { streamContracts, streamNames, type StreamName, type StreamRecord } from '../streams';

export const timelineKeySchema = z.enum(['trace_id', 'session', 'token', 'request_id']);
export type TimelineKey = z.infer<typeof timelineKeySchema>;

export const timelineParamsSchema = z.object({
  key: timelineKeySchema,
  value: z.string().min(1, 'is required').max(200, 'must be at most 200 characters'),
});

/** One record of any stream, tagged with its stream. */
export type TimelineItem = {
  [S in StreamName]: { stream: S; time: string; record: StreamRecord<S> };
}[StreamName];

const itemSchemas = streamNames.map((stream) =>
  z.object({ stream: z.literal(stream), time: z.string(), record: streamContracts[stream].schema }),
);
// typed from the mapped type above: zod infers only the widened record of the generic contracts
export const timelineItemSchema = z.discriminatedUnion(
  'stream',
  itemSchemas as [(typeof itemSchemas)[number], ...(typeof itemSchemas)[number][]],
) as unknown as z.ZodType<TimelineItem>;

/** Every record of every stream tied to one trace, session, token or request, oldest first. */
export const timelineSchema = z.object({
  key: timelineKeySchema,
  value: z.string(),
  items: z.array(timelineItemSchema),
  /** more records matched than the limit */
  truncated: z.boolean(),
});
export type Timeline = z.infer<typeof timelineSchema>;
