import type { z } from 'zod';
import type { FieldSpec } from '../../features/search/query/types';

/**
 * What the API knows of a stream: enough for the mock to validate, filter and sort,
 * and for the app to parse. UI (columns, labels, pivots) lives in features/streams.
 */
export interface StreamContract<R extends { id: string }> {
  readonly name: string;
  readonly schema: z.ZodType<R>;
  readonly fields: readonly FieldSpec[];
  /** the field holding the record's instant; time ranges filter on it */
  readonly timeField: keyof R & string;
  readonly sortable: readonly (keyof R & string)[];
  /** `-time` style: field name, leading `-` for descending */
  readonly defaultSort: string;
}
