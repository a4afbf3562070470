import { z } from 'zod';
import { MAX_QUERY_LENGTH } from '../query/types';
import { parseTimeBound } from '../timeBounds';

export const MAX_PAGE_SIZE = 1000;
// a screenful is ~30 rows: a smaller first page is on screen sooner (serialise, parse, render)
export const DEFAULT_PAGE_SIZE = 100;

const timeBound = z
  .string()
  .refine((v) => parseTimeBound(v, Date.now()) !== null, 'must be an ISO 8601 time or now-<n><s|m|h|d|w>');

/** Query parameters of `GET /audit/{stream}/records`; the mock validates with this very schema. */
export const recordsParamsSchema = z.object({
  q: z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`).default(''),
  from: timeBound.optional(),
  to: timeBound.optional(),
  sort: z
    .string()
    .regex(/^-?[a-z_]+$/, 'must be a field name, with a leading "-" for descending')
    .optional(),
  cursor: z.string().optional(),
  limit: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
    .default(DEFAULT_PAGE_SIZE),
});
/** What the app sends; the server fills defaults. */
export interface RecordsParams {
  q?: string;
  from?: string;
  to?: string;
  sort?: string;
  cursor?: string;
  limit?: number;
}

export const facetsParamsSchema = z.object({
  field: z.string().min(1, 'is required'),
  prefix: z.string().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
