import { z } from 'zod';
import { recordTypeSchema } from './recordTypes';
import { hiddenCharProblem } from '../plainText';

export const MAX_SAVED_NAME = 100;

/** What a saved search restores: the URL's query, time range and sort. */
export const savedQuerySchema = z.object({
  q: z.string().max(2000, 'The query is longer than 2,000 characters.'),
  /** `now-24h`, an ISO instant, or null for all time */
  from: z.string().max(40).nullable(),
  to: z.string().max(40).nullable(),
  /** a field, `-` first for descending */
  sort: z.string().min(1).max(64),
});
export type SavedQuery = z.infer<typeof savedQuerySchema>;

export const savedSearchSchema = z.object({
  id: z.string(),
  name: z.string(),
  stream: recordTypeSchema,
  search: savedQuerySchema,
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  etag: z.string(),
});
export type SavedSearch = z.infer<typeof savedSearchSchema>;

export const savedSearchListSchema = z.object({ items: z.array(savedSearchSchema) });

export const savedSearchInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter a name for the search.')
    .max(MAX_SAVED_NAME, `Use at most ${MAX_SAVED_NAME} characters.`)
    .superRefine((name, ctx) => {
      const problem = hiddenCharProblem(name, 'The name');
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  stream: recordTypeSchema,
  search: savedQuerySchema,
});
export type SavedSearchInput = z.input<typeof savedSearchInputSchema>;
