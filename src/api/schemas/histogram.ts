import { z } from 'zod';
import { isTimeZone } from '../csvTime';
import { DEFAULT_MAX_BUCKETS } from '../histogramIntervals';
import { recordsParamsSchema } from './search';

/** Query parameters of `GET /audit/{stream}/histogram`; the mock validates with this very schema. */
export const histogramParamsSchema = recordsParamsSchema.pick({ q: true, from: true, to: true }).extend({
  /** the most buckets wanted; the server picks a round interval that fits */
  buckets: z.coerce
    .number()
    .int('must be a whole number')
    .min(10, 'must be at least 10')
    .max(500, 'must be at most 500')
    .default(DEFAULT_MAX_BUCKETS),
  /** the zone whose wall clock the buckets align to: local midnights, local hours */
  tz: z.string().refine(isTimeZone, 'must be an IANA time zone name such as Europe/Paris').default('UTC'),
});
export interface HistogramParams {
  q?: string;
  from?: string;
  to?: string;
  buckets?: number;
  tz?: string;
}

export const outcomeToneSchema = z.enum(['success', 'error', 'warning', 'info', 'neutral']);

export const histogramSchema = z.object({
  /** the range counted, ISO instants, both inclusive */
  from: z.string(),
  to: z.string(),
  interval: z.object({ ms: z.number().int().positive(), label: z.string() }),
  /** the stacks, in order; each bucket's `counts` follow it */
  series: z.array(
    z.object({ key: z.string(), label: z.string(), tone: outcomeToneSchema, query: z.string() }),
  ),
  buckets: z.array(
    z.object({
      /** the bucket as a search range: ISO instants, both inclusive, clipped to the range */
      from: z.string(),
      to: z.string(),
      counts: z.array(z.number().int().nonnegative()),
      total: z.number().int().nonnegative(),
    }),
  ),
  /** every matching record in the range: the grid's total for the same search */
  total: z.number().int().nonnegative(),
});
export type Histogram = z.infer<typeof histogramSchema>;
export type HistogramSeries = Histogram['series'][number];
