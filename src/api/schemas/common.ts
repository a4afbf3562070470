import { z } from 'zod';

/** RFC 9457 problem details, as every error response carries. */
export const problemSchema = z.object({
  type: z.string().optional(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    total: z.number().int().nonnegative(),
  });
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

export const facetsSchema = z.object({
  field: z.string(),
  values: z.array(z.object({ value: z.string(), count: z.number().int().nonnegative() })),
});
export type Facets = z.infer<typeof facetsSchema>;
