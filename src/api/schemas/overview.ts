import { z } from 'zod';
import { streamNames } from '../streams';
import { recordsParamsSchema } from './search';

/** Query parameters of `GET /audit/overview`: the range; the previous period is as long, just before it. */
export const overviewParamsSchema = recordsParamsSchema.pick({ from: true, to: true });
export interface OverviewParams {
  from?: string;
  to?: string;
}

const range = z.object({ from: z.string().nullable(), to: z.string() });
const streamName = z.enum(streamNames);

export const overviewSchema = z.object({
  /** `from` null: all time (there is then no previous period) */
  range,
  previous: range.nullable(),
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
