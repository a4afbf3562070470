/**
 * Field-level diff of an activity record's old/new values, for its `changed` list (the
 * `changed:<field>` search). authentik logs a model change as whole before/after objects
 * (authentik events); the console wants to find "every change of X" without diffing at query time.
 */

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
export type JsonObject = { readonly [key: string]: Json };

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality; a string and a number that print alike still differ ("5" vs 5). */
export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    const left: readonly Json[] = a;
    const right: readonly Json[] = b;
    return left.every((item, i) => sameJson(item, right[i]));
  }
  const ao = a as JsonObject;
  const bo = b as JsonObject;
  const keys = Object.keys(ao);
  if (keys.length !== Object.keys(bo).length) return false;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(bo, k) && sameJson(ao[k], bo[k]));
}

function keysOf(a: JsonObject, b: JsonObject): string[] {
  const keys = Object.keys(a);
  for (const k of Object.keys(b)) if (!Object.prototype.hasOwnProperty.call(a, k)) keys.push(k);
  return keys;
}

/** the deepest differing paths below two objects; arrays count as one value */
function leaves(a: JsonObject, b: JsonObject, prefix: string, into: string[]): void {
  for (const k of keysOf(a, b)) {
    const x = a[k];
    const y = b[k];
    if (sameJson(x, y)) continue;
    const path = `${prefix}.${k}`;
    if (isObject(x) && isObject(y)) leaves(x, y, path, into);
    else into.push(path);
  }
}

/**
 * Top-level keys whose values differ, each followed by its differing leaf paths when both
 * sides are objects: `['email', 'attributes', 'attributes.settings.theme']`. A create lists
 * every key of the new value, a delete every key of the old one.
 */
export function changedPaths(before: Json | undefined, after: Json | undefined): string[] {
  const a = isObject(before) ? before : null;
  const b = isObject(after) ? after : null;
  if (!a && !b) return [];
  if (!a) return Object.keys(b ?? {});
  if (!b) return Object.keys(a);
  const paths: string[] = [];
  for (const k of keysOf(a, b)) {
    const x = a[k];
    const y = b[k];
    if (sameJson(x, y)) continue;
    paths.push(k);
    if (isObject(x) && isObject(y)) leaves(x, y, k, paths);
  }
  return paths;
}
