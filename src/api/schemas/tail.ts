import { z } from 'zod';
import { pageSchema } from './common';
import { recordsParamsSchema } from './search';

const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 instant' });

/**
 * Query parameters of `GET /audit/{stream}/tail`: the records of a search that arrived after
 * `after`. Each answer says up to when it is complete (`until`): the next poll asks after that,
 * so polls cover time without gaps or overlaps.
 */
export const tailParamsSchema = recordsParamsSchema.pick({ q: true }).extend({ after: instant });
export interface TailParams {
  q?: string;
  after: string;
}

export function tailSchema<T extends z.ZodType>(item: T) {
  return pageSchema(item).pick({ items: true }).extend({
    /** every matching record in (after, until] is in `items`, newest first */
    until: z.string(),
  });
}
export interface Tail<T> {
  items: T[];
  until: string;
}
