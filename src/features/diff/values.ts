/** Helpers for treating `unknown` values as JSON-like trees. */

export type ValueKind = 'null' | 'undefined' | 'array' | 'object' | 'string' | 'number' | 'boolean' | 'other';

export type PlainObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is PlainObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  // Dates, Maps, class instances… have no meaningful key-by-key diff: they are compared as leaves.
  return proto === Object.prototype || proto === null;
}

export function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (isPlainObject(value)) return 'object';
  const type = typeof value;
  return type === 'undefined' || type === 'string' || type === 'number' || type === 'boolean'
    ? type
    : 'other';
}

/** Sets an own property even for "__proto__", which plain assignment would turn into a prototype change. */
export function setOwn(obj: PlainObject, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Iterative structural equality, so arbitrarily deep values cannot overflow the stack. */
export function deepEqual(a: unknown, b: unknown): boolean {
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop() as [unknown, unknown];
    if (Object.is(x, y)) continue;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) stack.push([x[i], y[i]]);
      continue;
    }
    if (isPlainObject(x) && isPlainObject(y)) {
      const keys = Object.keys(x);
      if (keys.length !== Object.keys(y).length) return false;
      for (const key of keys) {
        if (!Object.hasOwn(y, key)) return false;
        stack.push([x[key], y[key]]);
      }
      continue;
    }
    return false;
  }
  return true;
}
