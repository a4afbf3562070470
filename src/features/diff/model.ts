import { diffValues } from './diff';
import { formatPath } from './path';
import { maskChanges, SECRET_MARKER } from './secrets';
import type { ChangeKind, MaskedChange } from './types';
import { kindOf } from './values';
import { wordDiff, type WordSegment } from './words';
import { formatCount } from '../../api/formatCount';

/** What one cell of a row shows; secrets never carry their value this far. */
export type CellContent =
  | { kind: 'absent' }
  | { kind: 'secret'; text: string }
  | { kind: 'value'; value: unknown }
  /** a string that changed into another string, split into kept and changed words */
  | { kind: 'words'; side: 'old' | 'new'; segments: readonly WordSegment[] };

export type RowLabel = 'added' | 'removed' | 'changed' | 'type changed' | 'unchanged';

export interface DiffRow {
  /** stable React key: a removed item and an added one can share an index */
  id: string;
  path: string;
  kind: ChangeKind;
  label: RowLabel;
  old: CellContent;
  new: CellContent;
  /** for type changes, e.g. "string → number" */
  types?: string;
}

export interface DiffModel {
  /** every row in diff order, unchanged ones included */
  rows: DiffRow[];
  counts: Record<ChangeKind, number>;
  /** some differences are missing: the diff hit its limit */
  truncated: boolean;
  /** equal fields left out of `rows` for the same reason */
  omittedUnchanged: number;
}

/** Longer values show a preview first, so one huge field cannot push every other row out of sight. */
export const PREVIEW_CHARS = 200;

const ABSENT: CellContent = { kind: 'absent' };

const isMissing = (value: unknown) => value === null || value === undefined;

/** An empty container of the same shape, so a create or delete lists each field rather than one blob. */
function emptyLike(value: unknown): unknown {
  if (Array.isArray(value)) return [];
  if (kindOf(value) === 'object') return {};
  return undefined;
}

/** null when there is nothing to show: neither side has a value. */
export function buildDiffModel(oldValue: unknown, newValue: unknown): DiffModel | null {
  if (isMissing(oldValue) && isMissing(newValue)) return null;
  const before = isMissing(oldValue) ? emptyLike(newValue) : oldValue;
  const after = isMissing(newValue) ? emptyLike(oldValue) : newValue;
  const { changes, truncated, omittedUnchanged } = diffValues(before, after, { includeUnchanged: true });
  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  const rows = maskChanges(changes).map((change) => {
    counts[change.kind]++;
    return toRow(change);
  });
  return { rows, counts, truncated, omittedUnchanged };
}

function toRow(change: MaskedChange): DiffRow {
  const base = {
    id: `${change.kind}:${JSON.stringify(change.path)}`,
    path: formatPath(change.path),
    kind: change.kind,
  };
  if (change.masked) {
    const secret: CellContent = { kind: 'secret', text: `${SECRET_MARKER} (secret, ${change.kind})` };
    return {
      ...base,
      label: change.kind,
      old: change.kind === 'added' ? ABSENT : secret,
      new: change.kind === 'removed' ? ABSENT : secret,
    };
  }
  switch (change.kind) {
    case 'added':
      return { ...base, label: 'added', old: ABSENT, new: { kind: 'value', value: change.value } };
    case 'removed':
      return { ...base, label: 'removed', old: { kind: 'value', value: change.value }, new: ABSENT };
    case 'unchanged': {
      const value: CellContent = { kind: 'value', value: change.value };
      return { ...base, label: 'unchanged', old: value, new: value };
    }
    case 'changed': {
      const words =
        typeof change.old === 'string' && typeof change.new === 'string'
          ? wordDiff(change.old, change.new)
          : null;
      if (words) {
        return {
          ...base,
          label: 'changed',
          old: { kind: 'words', side: 'old', segments: words.old },
          new: { kind: 'words', side: 'new', segments: words.new },
        };
      }
      return {
        ...base,
        label: change.typeChanged ? 'type changed' : 'changed',
        old: { kind: 'value', value: change.old },
        new: { kind: 'value', value: change.new },
        ...(change.typeChanged && { types: `${kindOf(change.old)} → ${kindOf(change.new)}` }),
      };
    }
  }
}

/** "3 changed · 1 added · 1 removed"; kinds with no entries are left out. */
export function summaryText(counts: Record<ChangeKind, number>): string {
  const parts = (['changed', 'added', 'removed'] as const)
    .filter((kind) => counts[kind] > 0)
    .map((kind) => `${formatCount(counts[kind])} ${kind}`);
  return parts.length > 0 ? parts.join(' · ') : 'No changes';
}

/** How a value reads in a cell: JSON, so strings keep their quotes and "5" is told apart from 5. */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  // JSON would print NaN and Infinity as null, which is a different value
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    // BigInts and cycles cannot be JSON: still show something rather than failing the drawer
    return String(value);
  }
}
