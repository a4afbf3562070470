import { z } from 'zod';
import { formatCount } from '../formatCount';
import { perStream } from '../streams';

export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;
/** below this, many standards' 12-month minimum is not met */
export const RECOMMENDED_MIN_DAYS = 365;

/** Whole days, or null: keep indefinitely. */
export const retentionDaysSchema = z
  .number({ error: 'Enter a number of days.' })
  .int('Enter a whole number of days.')
  .min(MIN_RETENTION_DAYS, `Keep records at least ${MIN_RETENTION_DAYS} day.`)
  .max(
    MAX_RETENTION_DAYS,
    `At most ${formatCount(MAX_RETENTION_DAYS)} days (about 10 years); or keep indefinitely.`,
  )
  .nullable();
export type RetentionDays = z.infer<typeof retentionDaysSchema>;

export const retentionPoliciesSchema = z.object(perStream(() => retentionDaysSchema));
export type RetentionPolicies = z.infer<typeof retentionPoliciesSchema>;

export const retentionSchema = z.object({
  policies: retentionPoliciesSchema,
  updatedAt: z.string().nullable(),
  etag: z.string(),
});
export type Retention = z.infer<typeof retentionSchema>;

export const retentionInputSchema = z.object({ policies: retentionPoliciesSchema });
export type RetentionInput = z.infer<typeof retentionInputSchema>;

const count = z.number().int().nonnegative();
/** How many stored records a set of policies would remove, per record type. */
export const retentionImpactSchema = z.object({
  removals: z.object(perStream(() => count)),
});
export type RetentionImpact = z.infer<typeof retentionImpactSchema>;

/** `?access=30&activity=forever`: the query of an impact request. */
export const FOREVER = 'forever';
