import type { ConflictRow } from '../../../components/ConflictDialog';
import { RECORD_TYPE_LABELS, recordTypes, type RecordType } from '../../../api/schemas/recordTypes';
import {
  RECOMMENDED_MIN_DAYS,
  retentionDaysSchema,
  type RetentionPolicies,
} from '../../../api/schemas/retention';
import { formatCount } from '../../../api/formatCount';

/** One record type's period as typed: the days stay text so a half-typed value is not lost. */
export interface PeriodDraft {
  days: string;
  forever: boolean;
}
export type RetentionDraft = Record<RecordType, PeriodDraft>;

export function draftFrom(policies: RetentionPolicies): RetentionDraft {
  return Object.fromEntries(
    recordTypes.map((t) => {
      const days = policies[t];
      return [t, { days: days === null ? '' : String(days), forever: days === null }];
    }),
  ) as RetentionDraft;
}

/** The policies a draft means, or the message for each period that is not valid. */
export function parseDraft(
  draft: RetentionDraft,
): { ok: true; policies: RetentionPolicies } | { ok: false; errors: Partial<Record<RecordType, string>> } {
  const policies: Partial<RetentionPolicies> = {};
  const errors: Partial<Record<RecordType, string>> = {};
  for (const type of recordTypes) {
    const { days, forever } = draft[type];
    if (forever) {
      policies[type] = null;
      continue;
    }
    const text = days.trim();
    const parsed = retentionDaysSchema.safeParse(
      /^\d+$/.test(text) ? Number(text) : text === '' ? undefined : NaN,
    );
    if (text === '') errors[type] = 'Enter a number of days, or keep indefinitely.';
    else if (!parsed.success) errors[type] = parsed.error.issues[0]?.message ?? 'Enter a number of days.';
    else policies[type] = parsed.data;
  }
  return Object.keys(errors).length
    ? { ok: false, errors }
    : { ok: true, policies: policies as RetentionPolicies };
}

/** Record types whose period gets shorter (or gets a limit): saving them removes records. */
export function loweredTypes(before: RetentionPolicies, after: RetentionPolicies): RecordType[] {
  return recordTypes.filter((t) => {
    const a = after[t];
    const b = before[t];
    return a !== null && (b === null || a < b);
  });
}

export const belowRecommended = (days: number | null) => days !== null && days < RECOMMENDED_MIN_DAYS;

export const describeDays = (days: number | null) =>
  days === null ? 'Keep indefinitely' : `${formatCount(days)} day${days === 1 ? '' : 's'}`;

export function conflictRows(mine: RetentionDraft, theirs: RetentionPolicies): ConflictRow[] {
  return recordTypes.map((t) => ({
    label: RECORD_TYPE_LABELS[t],
    mine: mine[t].forever ? 'Keep indefinitely' : `${mine[t].days} days`,
    theirs: describeDays(theirs[t]),
  }));
}
