import type { Change, Path } from './types';
import { isPlainObject, setOwn, type PlainObject } from './values';

/** What a diff says about one location, arranged as a tree mirroring the value. */
interface Node {
  /** `added` matters inside arrays: an insertion consumes no old item, a replacement does */
  set?: { value: unknown; added: boolean };
  remove?: true;
  children: Map<string | number, Node>;
  /** old indices of removed array items: not children, because new indices reuse the same numbers */
  removedIndices: Set<number>;
}

const newNode = (): Node => ({ children: new Map(), removedIndices: new Set() });

/**
 * Replays a diff onto the old value, returning the new one without mutating the input (untouched
 * subtrees are shared). Exists mainly to prove, in property tests, that a diff is complete and exact.
 */
export function applyChanges(oldValue: unknown, changes: readonly Change[]): unknown {
  const root = newNode();
  for (const change of changes) insert(root, change);
  const result = apply(oldValue, root);
  return result === REMOVE ? undefined : result;
}

function insert(root: Node, change: Change): void {
  const { path } = change;
  const last = path[path.length - 1];
  switch (change.kind) {
    case 'unchanged':
      return;
    case 'removed':
      if (typeof last === 'number') nodeAt(root, path.slice(0, -1)).removedIndices.add(last);
      else nodeAt(root, path).remove = true;
      return;
    case 'added':
      nodeAt(root, path).set = { value: change.value, added: true };
      return;
    case 'changed':
      nodeAt(root, path).set = { value: change.new, added: false };
  }
}

function nodeAt(root: Node, path: Path): Node {
  let node = root;
  for (const segment of path) {
    let next = node.children.get(segment);
    if (!next) {
      next = newNode();
      node.children.set(segment, next);
    }
    node = next;
  }
  return node;
}

const REMOVE = Symbol('remove');

function apply(value: unknown, node: Node): unknown {
  if (node.remove) return REMOVE;
  if (node.set) return node.set.value;
  if (node.children.size === 0 && node.removedIndices.size === 0) return value;
  if (Array.isArray(value)) return applyToArray(value, node);
  if (isPlainObject(value)) return applyToObject(value, node);
  return value;
}

function applyToArray(items: readonly unknown[], node: Node): unknown[] {
  // Surviving old items fill, in order, every new index that is not an insertion.
  const kept = items.filter((_, i) => !node.removedIndices.has(i));
  let inserted = 0;
  for (const child of node.children.values()) if (child.set?.added) inserted++;
  const result: unknown[] = [];
  let next = 0;
  for (let j = 0; j < kept.length + inserted; j++) {
    const child = node.children.get(j);
    if (child?.set?.added) {
      result.push(child.set.value);
      continue;
    }
    const old = kept[next++];
    result.push(child ? apply(old, child) : old);
  }
  return result;
}

function applyToObject(obj: PlainObject, node: Node): PlainObject {
  const result: PlainObject = {};
  for (const key of Object.keys(obj)) setOwn(result, key, obj[key]);
  for (const [segment, child] of node.children) {
    const key = String(segment);
    const next = apply(Object.hasOwn(obj, key) ? obj[key] : undefined, child);
    if (next === REMOVE) delete result[key];
    else setOwn(result, key, next);
  }
  return result;
}
