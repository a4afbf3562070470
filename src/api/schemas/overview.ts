import { z } from 'zod';
import { streamNames } from '../streams';
import { recordsParamsSchema } from './search';

/**
 * What a range is compared with: `week`, the same window a week earlier (ranges up to a week, so
 * a Monday is not measured against a Sunday); `previous`, the period of the same length just before.
 */
export const comparisons = ['week', 'previous'] as const;
export type Comparison = (typeof comparisons)[number];

/** Query parameters of `GET /audit/overview`: the range, and what it is compared with (default `week`). */
export const overviewParamsSchema = recordsParamsSchema
  .pick({ from: true, to: true })
  .extend({ compare: z.enum(comparisons).optional() });
export interface OverviewParams {
  from?: string;
  to?: string;
  compare?: Comparison;
}

const range = z.object({ from: z.string().nullable(), to: z.string() });
const streamName = z.enum(streamNames);

export const overviewSchema = z.object({
  /** `from` null: all time (there is then no previous period) */
  range,
  /** what the figures' previous counts counted: a range longer than a week is always `previous` */
  previous: z.object({ from: z.string(), to: z.string(), kind: z.enum(comparisons) }).nullable(),
  figures: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      description: z.string(),
      stream: streamName,
      /** the search behind the figure: its grid's total is `count` */
      query: z.string(),
      count: z.number().int().nonnegative(),
      previousCount: z.number().int().nonnegative().nullable(),
      /** for a rate: the search it is out of, and its totals */
      per: z
        .object({
          query: z.string(),
          count: z.number().int().nonnegative(),
          previousCount: z.number().int().nonnegative().nullable(),
        })
        .nullable(),
      moreIsWorse: z.boolean().nullable(),
    }),
  ),
  tops: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      stream: streamName,
      field: z.string(),
      unit: z.string(),
      items: z.array(
        z.object({
          value: z.string(),
          /** the search for this item's records: its grid's total is `count` */
          query: z.string(),
          count: z.number().int().nonnegative(),
        }),
      ),
    }),
  ),
});
export type Overview = z.infer<typeof overviewSchema>;
export type OverviewFigure = Overview['figures'][number];
export type OverviewTopList = Overview['tops'][number];
