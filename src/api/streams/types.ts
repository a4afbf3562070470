import type { z } from 'zod';
import type { FieldSpec } from '../query/types';

/**
 * What the API knows of a stream: enough for the mock to validate, filter and sort,
 * and for the app to parse. UI (columns, labels, pivots) lives in features/streams.
 */
export interface StreamContract<R extends { id: string }> {
  readonly name: string;
  /** the stream's name in the console's menu and page titles */
  readonly title: string;
  /** the name of its kind of record where destinations and retention list them */
  readonly recordTypeLabel: string;
  /** days its records are kept until an owner says otherwise; null: indefinitely */
  readonly defaultRetentionDays: number | null;
  readonly schema: z.ZodType<R>;
  readonly fields: readonly FieldSpec[];
  /** the field holding the record's instant; time ranges filter on it */
  readonly timeField: keyof R & string;
  readonly sortable: readonly (keyof R & string)[];
  /** `-time` style: field name, leading `-` for descending */
  readonly defaultSort: string;
  /**
   * How records split by outcome (the histogram's stacks), as queries: a record belongs to
   * the first band it matches, and to "Other" if none. Queries, so that the mock computes
   * the split with the search engine and every band is a search the grid can show.
   */
  readonly outcomes: readonly OutcomeBand[];
}

/** The colour of a band, from the theme's palette (never a fixed colour, so dark mode works). */
export type OutcomeTone = 'success' | 'error' | 'warning' | 'info' | 'neutral';

export interface OutcomeBand {
  /** stable name, e.g. `failure` */
  readonly key: string;
  readonly label: string;
  /** the records of this band, in the query language */
  readonly query: string;
  readonly tone: OutcomeTone;
}
