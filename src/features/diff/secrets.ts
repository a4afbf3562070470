import type { Change, ChangeKind, MaskedChange } from './types';
import { isSecretKey } from '../../api/secretKeys';
import { isPlainObject, setOwn, type PlainObject } from './values';

export { isSecretKey };

/** Stands in for a secret value wherever one would be shown. */
export const SECRET_MARKER = '••••••';

/**
 * Makes a diff safe to display. A change at or below a secret key keeps only its kind, and its path is
 * cut at the secret key, so several changes inside one secret object become a single entry. Values of
 * other changes are copied with any nested secret fields replaced by `SECRET_MARKER`.
 */
export function maskChanges(changes: readonly Change[]): MaskedChange[] {
  const out: MaskedChange[] = [];
  const secretIndex = new Map<string, number>();
  for (const change of changes) {
    const cut = change.path.findIndex((segment) => typeof segment === 'string' && isSecretKey(segment));
    if (cut === -1) {
      out.push(redactChange(change));
      continue;
    }
    const path = change.path.slice(0, cut + 1);
    const id = JSON.stringify(path);
    const at = secretIndex.get(id);
    const previous = at === undefined ? undefined : out[at];
    if (at === undefined || !previous) {
      secretIndex.set(id, out.length);
      out.push({ kind: change.kind, path, masked: true });
    } else if (previous.kind !== change.kind) {
      out[at] = { kind: mergeKinds(previous.kind, change.kind), path, masked: true };
    }
  }
  return out;
}

/** Several changes under one secret (some fields added, some unchanged…) amount to "changed". */
function mergeKinds(a: ChangeKind, b: ChangeKind): ChangeKind {
  return a === b ? a : 'changed';
}

function redactChange(change: Change): MaskedChange {
  if (change.kind === 'changed') {
    return { ...change, old: redact(change.old, 0), new: redact(change.new, 0), masked: false };
  }
  return { ...change, value: redact(change.value, 0), masked: false };
}

/** Beyond this depth a value is replaced whole rather than walked, so redaction cannot overflow. */
const MAX_DEPTH = 100;
const TOO_DEEP = '[nested too deep to show]';

/** A copy with secret fields masked; returns the input itself when there is nothing to mask. */
function redact(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return TOO_DEEP;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const next = redact(item, depth + 1);
      if (next !== item) (copy ??= value.slice())[i] = next;
    });
    return copy ?? value;
  }
  if (!isPlainObject(value)) return value;
  let copy: PlainObject | undefined;
  for (const key of Object.keys(value)) {
    const item = value[key];
    const next = isSecretKey(key) ? SECRET_MARKER : redact(item, depth + 1);
    if (next === item) continue;
    if (!copy) {
      copy = {};
      for (const k of Object.keys(value)) setOwn(copy, k, value[k]);
    }
    setOwn(copy, key, next);
  }
  return copy ?? value;
}
