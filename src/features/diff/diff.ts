import { alignSequences, type Alignment } from './align';
import type { Change, DiffOptions, DiffResult } from './types';
import { deepEqual, isPlainObject, kindOf, type PlainObject } from './values';

export type { Change, ChangeKind, DiffOptions, DiffResult, MaskedChange, Path } from './types';
export { applyChanges } from './apply';
export { formatPath } from './path';
export { isSecretKey, maskChanges, SECRET_MARKER } from './secrets';

const DEFAULT_MAX_CHANGES = 5_000;
/** Below this depth subtrees are compared whole, so a hostile value cannot overflow the stack. */
const MAX_DEPTH = 100;
/** Keys that identify an item of an array of objects, in order of preference. */
const ID_KEYS = ['id', 'pk', 'name'] as const;

/**
 * Field-level diff of two JSON-like values.
 *
 * Objects are compared key by key, arrays item by item after aligning them (see `diffArray`), anything
 * else is a leaf compared with `Object.is`. Two plain strings are therefore one change at path `[]`.
 */
export function diffValues(oldValue: unknown, newValue: unknown, options: DiffOptions = {}): DiffResult {
  const differ = new Differ(options.includeUnchanged ?? false, options.maxChanges ?? DEFAULT_MAX_CHANGES);
  const differs = differ.diff(oldValue, newValue, 0);
  if (!differs && differ.includeUnchanged && differ.out.length === 0 && newValue !== undefined) {
    differ.out.push({ kind: 'unchanged', path: [], value: newValue });
  }
  const changes = differ.capUnchanged();
  return { changes, truncated: differ.truncated, omittedUnchanged: differ.omittedUnchanged };
}

class Differ {
  readonly out: Change[] = [];
  truncated = false;
  omittedUnchanged = 0;
  private stopped = false;
  private real = 0;
  /** the path being visited; copied only when a change is emitted */
  private readonly path: (string | number)[] = [];

  constructor(
    readonly includeUnchanged: boolean,
    private readonly maxChanges: number,
  ) {}

  /** Reports the differences between a and b at the current path; true when there are any. */
  diff(a: unknown, b: unknown, depth: number): boolean {
    const same = Object.is(a, b);
    // The root is still walked when identical so that its fields can be listed as unchanged.
    if (same && (depth > 0 || !this.includeUnchanged)) return false;
    // A missing whole value (a create or a delete) is an addition or removal, not a type change.
    if (depth === 0 && a === undefined) return this.emit({ kind: 'added', path: [], value: b });
    if (depth === 0 && b === undefined) return this.emit({ kind: 'removed', path: [], value: a });
    if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
      const arrays = Array.isArray(a) && Array.isArray(b);
      if (depth >= MAX_DEPTH) {
        if (deepEqual(a, b)) return false;
      } else if (arrays) {
        return this.diffArray(a, b, depth);
      } else if (isPlainObject(a) && isPlainObject(b)) {
        return this.diffObject(a, b, depth);
      }
    }
    if (same) return false;
    return this.emit({
      kind: 'changed',
      path: this.here(),
      old: a,
      new: b,
      typeChanged: kindOf(a) !== kindOf(b),
    });
  }

  private diffObject(a: PlainObject, b: PlainObject, depth: number): boolean {
    let differs = false;
    let shared = 0;
    for (const key of Object.keys(a)) {
      if (this.stopped) return true;
      if (Object.hasOwn(b, key)) {
        shared++;
        const valueA = a[key];
        const valueB = b[key];
        // Most fields of a large record are equal: skip them before touching the path.
        if (Object.is(valueA, valueB) && !this.includeUnchanged) continue;
        this.path.push(key);
        differs = this.child(valueA, valueB, depth) || differs;
      } else {
        this.path.push(key);
        differs = this.emit({ kind: 'removed', path: this.here(), value: a[key] });
      }
      this.path.pop();
    }
    const keysB = Object.keys(b);
    if (shared === keysB.length) return differs || this.stopped;
    for (const key of keysB) {
      if (this.stopped) return true;
      if (Object.hasOwn(a, key)) continue;
      this.path.push(key);
      differs = this.emit({ kind: 'added', path: this.here(), value: b[key] });
      this.path.pop();
    }
    return differs || this.stopped;
  }

  /**
   * Arrays are aligned first so that one insertion is one `added` rather than a change at every later
   * index: primitives by value, objects by a shared id key; otherwise (or when alignment gives up) the
   * unmatched stretches are paired by position.
   */
  private diffArray(a: readonly unknown[], b: readonly unknown[], depth: number): boolean {
    // Cheap exit for the common case of an equal list of primitives, before any alignment bookkeeping.
    if ((depth > 0 || !this.includeUnchanged) && sameItems(a, b)) return false;
    const idKey = commonIdKey(a, b);
    const aligned: Alignment = idKey
      ? alignSequences(idsOf(a, idKey), idsOf(b, idKey))
      : allPrimitive(a) && allPrimitive(b)
        ? alignSequences(a, b)
        : { start: 0, endA: a.length, endB: b.length, middle: [], exact: false };
    // Unmatched objects with different ids are different entities: never pair them up as "changed".
    const pairGaps = !(idKey && aligned.exact);

    let differs = false;
    for (let i = 0; i < aligned.start; i++) differs = this.item(a[i], b[i], i, depth) || differs;
    let i = aligned.start;
    let j = aligned.start;
    for (const [matchA, matchB] of aligned.middle) {
      differs = this.gap(a, b, [i, matchA], [j, matchB], pairGaps, depth) || differs;
      differs = this.item(a[matchA], b[matchB], matchB, depth) || differs;
      i = matchA + 1;
      j = matchB + 1;
    }
    differs = this.gap(a, b, [i, aligned.endA], [j, aligned.endB], pairGaps, depth) || differs;
    for (let i = aligned.endA, j = aligned.endB; i < a.length; i++, j++) {
      differs = this.item(a[i], b[j], j, depth) || differs;
    }
    return differs || this.stopped;
  }

  /** Unmatched stretches a[fromA, toA) and b[fromB, toB): replacements first, then the leftovers. */
  private gap(
    a: readonly unknown[],
    b: readonly unknown[],
    [fromA, toA]: [number, number],
    [fromB, toB]: [number, number],
    pair: boolean,
    depth: number,
  ): boolean {
    let differs = false;
    let i = fromA;
    let j = fromB;
    if (pair) for (; i < toA && j < toB; i++, j++) differs = this.item(a[i], b[j], j, depth) || differs;
    for (; i < toA; i++, differs = true) this.itemEdit('removed', a[i], i);
    for (; j < toB; j++, differs = true) this.itemEdit('added', b[j], j);
    return differs;
  }

  private item(a: unknown, b: unknown, index: number, depth: number): boolean {
    if (this.stopped) return true;
    if (Object.is(a, b) && !this.includeUnchanged) return false;
    this.path.push(index);
    const differs = this.child(a, b, depth);
    this.path.pop();
    return differs;
  }

  private itemEdit(kind: 'added' | 'removed', value: unknown, index: number): void {
    if (this.stopped) return;
    this.path.push(index);
    this.emit({ kind, path: this.here(), value });
    this.path.pop();
  }

  /** Diffs one field; an equal field collapses whatever it listed into a single `unchanged` entry. */
  private child(a: unknown, b: unknown, depth: number): boolean {
    const mark = this.out.length;
    if (this.diff(a, b, depth + 1)) return true;
    if (this.includeUnchanged) {
      this.out.length = mark;
      this.out.push({ kind: 'unchanged', path: this.here(), value: b });
    }
    return false;
  }

  private emit(change: Change): true {
    if (this.stopped) return true;
    if (this.real >= this.maxChanges) {
      this.stopped = true;
      this.truncated = true;
      return true;
    }
    this.real++;
    this.out.push(change);
    return true;
  }

  private here(): (string | number)[] {
    return this.path.slice();
  }

  /** Unchanged entries get a budget of the same size, so a huge array with one edit cannot flood the result. */
  capUnchanged(): Change[] {
    let unchanged = 0;
    const kept = this.out.filter((c) => c.kind !== 'unchanged' || ++unchanged <= this.maxChanges);
    this.omittedUnchanged = Math.max(0, unchanged - this.maxChanges);
    return kept;
  }
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function allPrimitive(items: readonly unknown[]): boolean {
  return items.every((item) => typeof item !== 'object' || item === null);
}

function commonIdKey(a: readonly unknown[], b: readonly unknown[]): string | undefined {
  if (!isPlainObject(a[0] ?? b[0])) return undefined;
  return ID_KEYS.find((key) => hasId(a, key) && hasId(b, key));
}

function hasId(items: readonly unknown[], key: string): boolean {
  return items.every((item) => {
    if (!isPlainObject(item) || !Object.hasOwn(item, key)) return false;
    const id = item[key];
    return typeof id === 'string' || typeof id === 'number';
  });
}

function idsOf(items: readonly unknown[], key: string): unknown[] {
  return items.map((item) => (item as PlainObject)[key]);
}
