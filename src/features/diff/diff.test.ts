import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSequences, matchedPairs } from './align';
import { applyChanges, diffValues, formatPath, isSecretKey, maskChanges, SECRET_MARKER } from './diff';
import type { Path } from './types';
import { deepEqual, isPlainObject } from './values';

const changesOf = (a: unknown, b: unknown) => diffValues(a, b).changes;

describe('diffValues on objects', () => {
  it('reports nested changes by path', () => {
    expect(changesOf({ a: { b: 1, c: 2 }, d: 3 }, { a: { b: 1, c: 5 }, d: 3 })).toEqual([
      { kind: 'changed', path: ['a', 'c'], old: 2, new: 5, typeChanged: false },
    ]);
  });

  it('reports added and removed keys', () => {
    expect(changesOf({ a: 1, gone: { x: 1 } }, { a: 1, extra: [1] })).toEqual([
      { kind: 'removed', path: ['gone'], value: { x: 1 } },
      { kind: 'added', path: ['extra'], value: [1] },
    ]);
  });

  it.each([
    ['"5" → 5', '5', 5],
    ['object → array', {}, []],
    ['null → string', null, 'x'],
    ['number → object', 1, { a: 1 }],
  ])('flags a type change: %s', (_, old, next) => {
    expect(changesOf({ v: old }, { v: next })).toEqual([
      { kind: 'changed', path: ['v'], old, new: next, typeChanged: true },
    ]);
  });

  it('compares leaves with Object.is', () => {
    expect(changesOf({ n: NaN }, { n: NaN })).toEqual([]);
    expect(changesOf({ n: 0 }, { n: -0 })).toHaveLength(1);
  });

  it('diffs two plain strings as one change at the root', () => {
    expect(changesOf('old text', 'new text')).toEqual([
      { kind: 'changed', path: [], old: 'old text', new: 'new text', typeChanged: false },
    ]);
  });

  it('reports a missing side as one addition or removal', () => {
    expect(changesOf(undefined, { a: 1 })).toEqual([{ kind: 'added', path: [], value: { a: 1 } }]);
    expect(changesOf({ a: 1 }, undefined)).toEqual([{ kind: 'removed', path: [], value: { a: 1 } }]);
    expect(changesOf(undefined, undefined)).toEqual([]);
  });

  it('lists unchanged fields at the highest level where they are equal', () => {
    const old = { a: { b: 1, c: 2 }, d: { e: 1 }, f: 1 };
    const next = { a: { b: 1, c: 3 }, d: { e: 1 }, f: 1 };
    expect(diffValues(old, next, { includeUnchanged: true }).changes).toEqual([
      { kind: 'unchanged', path: ['a', 'b'], value: 1 },
      { kind: 'changed', path: ['a', 'c'], old: 2, new: 3, typeChanged: false },
      { kind: 'unchanged', path: ['d'], value: { e: 1 } },
      { kind: 'unchanged', path: ['f'], value: 1 },
    ]);
  });

  it('lists the fields of an identical value as unchanged', () => {
    const value = { a: 1, b: { c: 2 } };
    expect(diffValues(value, value, { includeUnchanged: true }).changes).toEqual([
      { kind: 'unchanged', path: ['a'], value: 1 },
      { kind: 'unchanged', path: ['b'], value: { c: 2 } },
    ]);
    expect(diffValues('x', 'x', { includeUnchanged: true }).changes).toEqual([
      { kind: 'unchanged', path: [], value: 'x' },
    ]);
  });

  it('treats "__proto__" as an ordinary key', () => {
    const old = JSON.parse('{"__proto__": {"a": 1}}') as unknown;
    const next = JSON.parse('{"__proto__": {"a": 2}}') as unknown;
    const { changes } = diffValues(old, next);
    expect(changes).toEqual([
      { kind: 'changed', path: ['__proto__', 'a'], old: 1, new: 2, typeChanged: false },
    ]);
    expect(applyChanges(old, changes)).toStrictEqual(next);
    expect(Object.getPrototypeOf(applyChanges(old, changes))).toBe(Object.prototype);
  });
});

describe('diffValues on arrays', () => {
  it('reports one insertion into an array of primitives as one added item', () => {
    expect(changesOf({ tags: ['a', 'b', 'c', 'd'] }, { tags: ['a', 'b', 'x', 'c', 'd'] })).toEqual([
      { kind: 'added', path: ['tags', 2], value: 'x' },
    ]);
  });

  it('reports one deletion as one removed item, at its old index', () => {
    expect(changesOf(['a', 'b', 'c', 'd'], ['a', 'c', 'd'])).toEqual([
      { kind: 'removed', path: [1], value: 'b' },
    ]);
  });

  it('reports a replaced item as changed', () => {
    expect(changesOf(['a', 'b', 'c'], ['a', 5, 'c'])).toEqual([
      { kind: 'changed', path: [1], old: 'b', new: 5, typeChanged: true },
    ]);
  });

  it('aligns scattered edits in a long array', () => {
    const old = Array.from({ length: 50_000 }, (_, i) => i);
    const next = [...old];
    next.splice(40_000, 1);
    next.splice(10, 0, -1);
    expect(changesOf(old, next)).toEqual([
      { kind: 'added', path: [10], value: -1 },
      { kind: 'removed', path: [40_000], value: 40_000 },
    ]);
  });

  it('falls back to pairing by index when two large arrays are unrelated', () => {
    const old = Array.from({ length: 20_000 }, (_, i) => i);
    const next = Array.from({ length: 20_001 }, (_, i) => -i - 1);
    const started = performance.now();
    const result = diffValues(old, next, { maxChanges: 100_000 });
    console.log(`unrelated 20k-item arrays: ${(performance.now() - started).toFixed(1)} ms`);
    expect(result.changes.filter((c) => c.kind === 'changed')).toHaveLength(20_000);
    expect(applyChanges(old, result.changes)).toStrictEqual(next);
  });

  it('aligns arrays of objects by id and diffs matched items', () => {
    const old = {
      groups: [
        { id: 1, n: 'a' },
        { id: 2, n: 'b' },
        { id: 3, n: 'c' },
      ],
    };
    const next = {
      groups: [
        { id: 1, n: 'a' },
        { id: 9, n: 'new' },
        { id: 2, n: 'b' },
        { id: 3, n: 'C' },
      ],
    };
    expect(changesOf(old, next)).toEqual([
      { kind: 'added', path: ['groups', 1], value: { id: 9, n: 'new' } },
      { kind: 'changed', path: ['groups', 3, 'n'], old: 'c', new: 'C', typeChanged: false },
    ]);
  });

  it('never pairs objects with different ids as one change', () => {
    expect(changesOf([{ pk: 'a', v: 1 }], [{ pk: 'b', v: 1 }])).toEqual([
      { kind: 'removed', path: [0], value: { pk: 'a', v: 1 } },
      { kind: 'added', path: [0], value: { pk: 'b', v: 1 } },
    ]);
  });

  it('aligns by name when there is no id', () => {
    expect(changesOf([{ name: 'x' }, { name: 'y', v: 1 }], [{ name: 'y', v: 2 }])).toEqual([
      { kind: 'removed', path: [0], value: { name: 'x' } },
      { kind: 'changed', path: [0, 'v'], old: 1, new: 2, typeChanged: false },
    ]);
  });

  it('diffs objects without a shared id by index', () => {
    expect(changesOf([{ v: 1 }, { v: 2 }], [{ v: 1 }, { v: 3 }, { v: 4 }])).toEqual([
      { kind: 'changed', path: [1, 'v'], old: 2, new: 3, typeChanged: false },
      { kind: 'added', path: [2], value: { v: 4 } },
    ]);
  });
});

describe('diffValues limits', () => {
  it('stops at maxChanges and says so', () => {
    const old = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, i]));
    const next = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, -i - 1]));
    expect(diffValues(old, next, { maxChanges: 10 }).truncated).toBe(false);
    const capped = diffValues(old, next, { maxChanges: 3 });
    expect(capped.changes).toHaveLength(3);
    expect(capped.truncated).toBe(true);
  });

  it('caps unchanged entries too, without hiding real changes', () => {
    const old = Array.from({ length: 10_000 }, (_, i) => i);
    const next = [...old, 'last'];
    const result = diffValues(old, next, { includeUnchanged: true, maxChanges: 100 });
    expect(result.truncated).toBe(false);
    expect(result.omittedUnchanged).toBe(9_900);
    expect(result.changes.filter((c) => c.kind === 'unchanged')).toHaveLength(100);
    expect(result.changes).toContainEqual({ kind: 'added', path: [10_000], value: 'last' });
  });

  it('survives values nested far deeper than the call stack', () => {
    const deep = (leaf: number) => {
      let value: unknown = leaf;
      for (let i = 0; i < 100_000; i++) value = { a: value };
      return value;
    };
    const { changes } = diffValues(deep(1), deep(2));
    expect(changes).toHaveLength(1);
    expect(changes[0]?.kind).toBe('changed');
    expect(changes[0]?.path).toHaveLength(100);
    expect(diffValues(deep(1), deep(1)).changes).toEqual([]);
  });

  it('diffs two ~1 MB objects that differ in a few places quickly', () => {
    const big = {
      records: Array.from({ length: 4_500 }, (_, i) => ({
        id: `rec-${i}`,
        actor: { email: `user${i}@example.com`, roles: ['reader', i % 3 === 0 ? 'writer' : 'viewer'] },
        attributes: { settings: { theme: i % 2 ? 'dark' : 'light', locale: 'en-GB' }, score: i * 1.5 },
        tags: Array.from({ length: 8 }, (_, t) => `tag-${(i + t) % 50}`),
      })),
    };
    const json = JSON.stringify(big);
    const old = JSON.parse(json) as typeof big;
    const next = JSON.parse(json) as typeof big;
    (next.records[10] as (typeof big.records)[number]).attributes.settings.theme = 'solarized';
    next.records.splice(2_000, 1);
    (next.records[3_000] as (typeof big.records)[number]).tags.splice(3, 0, 'inserted');

    const started = performance.now();
    const result = diffValues(old, next);
    const elapsed = performance.now() - started;
    const withUnchanged = performance.now();
    diffValues(old, next, { includeUnchanged: true });
    console.log(
      `1 MB diff: ${(json.length / 1e6).toFixed(2)} MB each, ${elapsed.toFixed(1)} ms` +
        ` (with unchanged: ${(performance.now() - withUnchanged).toFixed(1)} ms)`,
    );
    expect(json.length).toBeGreaterThan(1_000_000);
    expect(result.truncated).toBe(false);
    expect(result.changes.map((c) => [c.kind, formatPath(c.path)])).toEqual([
      ['changed', 'records[10].attributes.settings.theme'],
      ['removed', 'records[2000]'],
      ['added', 'records[3000].tags[3]'],
    ]);
  });
});

describe('applyChanges', () => {
  it('replays additions, removals and changes inside arrays', () => {
    const old = { a: [1, 2, 3, 4], b: { c: 1 }, gone: true };
    const next = { a: [0, 1, 3, 5, 4, 6], b: { c: 2, d: [] } };
    expect(applyChanges(old, changesOf(old, next))).toStrictEqual(next);
    expect(old).toStrictEqual({ a: [1, 2, 3, 4], b: { c: 1 }, gone: true });
  });

  it('replays root changes', () => {
    expect(applyChanges('a', changesOf('a', 'b'))).toBe('b');
    expect(applyChanges({ a: 1 }, changesOf({ a: 1 }, undefined))).toBeUndefined();
  });
});

describe('formatPath', () => {
  it.each<[Path, string]>([
    [['attributes', 'settings', 'theme'], 'attributes.settings.theme'],
    [['groups', 2], 'groups[2]'],
    [[0, 'name'], '[0].name'],
    [['a.b'], '["a.b"]'],
    [['meta', 'first name'], 'meta["first name"]'],
    [['headers', 'x-api-key'], 'headers["x-api-key"]'],
    [['map', '0'], 'map["0"]'],
    [['say "hi"'], '["say \\"hi\\""]'],
    [['名前'], '名前'],
    [[], ''],
  ])('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('isSecretKey', () => {
  it.each([
    'password',
    'Password',
    'user_password',
    'newPassword',
    'passwd',
    'secret',
    'client_secret',
    'clientSecret',
    'token',
    'access_token',
    'accessToken',
    'refresh-token',
    'X-Auth-Token',
    'REFRESH_TOKEN',
    'api_key',
    'apiKey',
    'APIKey',
    'apikey',
    'x-api-key',
    'key',
    'private_key',
    'privateKey',
    'Authorization',
    'cookie',
    'Set-Cookie',
    'credential',
    'credentials',
    'aws.credentials',
    'signature',
    'webhookSignature',
  ])('%s is secret', (key) => {
    expect(isSecretKey(key)).toBe(true);
  });

  it.each([
    'email',
    'key_id',
    'token_id',
    'api_key_id',
    'keyboard',
    'monkey',
    'name',
    'author',
    'theme',
    'signed_at',
    'tokenizer',
    'keys_count',
  ])('%s is not secret', (key) => {
    expect(isSecretKey(key)).toBe(false);
  });
});

describe('maskChanges', () => {
  it('keeps only the kind of a change to a secret', () => {
    const masked = maskChanges(
      changesOf({ user: { password: 'hunter22' } }, { user: { password: 'letmein99' } }),
    );
    expect(masked).toEqual([{ kind: 'changed', path: ['user', 'password'], masked: true }]);
    expect(JSON.stringify(masked)).not.toMatch(/hunter22|letmein99/);
  });

  it('cuts the path at the secret key and merges the changes below it', () => {
    const masked = maskChanges(
      diffValues(
        { tokens: { tok_abc: { v: 1 }, tok_def: 1 } },
        { tokens: { tok_abc: { v: 2 }, tok_xyz: 1 } },
        { includeUnchanged: true },
      ).changes,
    );
    expect(masked).toEqual([{ kind: 'changed', path: ['tokens'], masked: true }]);
  });

  it('redacts secrets nested inside the values of other changes', () => {
    const masked = maskChanges(changesOf({}, { config: { api_key: 'sk-live-123456', region: 'eu' } }));
    expect(masked).toEqual([
      { kind: 'added', path: ['config'], value: { api_key: SECRET_MARKER, region: 'eu' }, masked: false },
    ]);
  });

  it('keeps unchanged secrets as unchanged', () => {
    const masked = maskChanges(
      diffValues({ token: 'abcdefgh' }, { token: 'abcdefgh' }, { includeUnchanged: true }).changes,
    );
    expect(masked).toEqual([{ kind: 'unchanged', path: ['token'], masked: true }]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties

/**
 * Small key and value domains, so two independent draws overlap and produce realistic diffs.
 * Null-prototype objects are left out: the diff deliberately ignores prototypes, `toStrictEqual` does not.
 */
const similar = fc.letrec<{ node: unknown; obj: unknown; arr: unknown; idArr: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom<unknown>(0, 1, 'x', 'y', true, null, '1'),
    tie('obj'),
    tie('arr'),
    tie('idArr'),
  ),
  obj: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'name', '__proto__'), tie('node'), {
    maxKeys: 4,
    noNullPrototype: true,
  }),
  arr: fc.array(tie('node'), { maxLength: 6 }),
  idArr: fc.array(
    fc.record({ id: fc.integer({ min: 0, max: 4 }), v: tie('node') }, { noNullPrototype: true }),
    { maxLength: 5 },
  ),
})).node;

const pairs = fc.oneof(
  fc.tuple(similar, similar),
  fc.tuple(fc.jsonValue(), fc.jsonValue()),
  fc.tuple(
    fc.array(fc.constantFrom(1, 2, 3, 'a'), { maxLength: 12 }),
    fc.array(fc.constantFrom(1, 2, 3, 'a')),
  ),
);

type Lookup = { found: true; value: unknown } | { found: false };

function lookup(value: unknown, path: Path): Lookup {
  let current = value;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current) || segment >= current.length) return { found: false };
      current = current[segment];
    } else {
      if (!isPlainObject(current) || !Object.hasOwn(current, segment)) return { found: false };
      current = current[segment];
    }
  }
  return { found: true, value: current };
}

describe('diffValues properties', () => {
  it('finds nothing between a value and a copy of itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.object(), similar), (value) => {
        const copy = structuredClone(value);
        expect(changesOf(value, copy)).toEqual([]);
        const all = diffValues(value, copy, { includeUnchanged: true }).changes;
        expect(all.every((c) => c.kind === 'unchanged')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('reports only real changes', () => {
    fc.assert(
      fc.property(pairs, ([old, next]) => {
        for (const change of diffValues(old, next, { includeUnchanged: true }).changes) {
          // array paths depend on the alignment; the replay property covers them
          if (change.path.some((segment) => typeof segment === 'number')) continue;
          const before = lookup(old, change.path);
          const after = lookup(next, change.path);
          if (change.kind === 'added') {
            expect(before.found).toBe(false);
            expect(after).toEqual({ found: true, value: change.value });
          } else if (change.kind === 'removed') {
            expect(after.found).toBe(false);
            expect(before).toEqual({ found: true, value: change.value });
          } else {
            expect(before.found && after.found).toBe(true);
            const same = before.found && after.found && deepEqual(before.value, after.value);
            expect(same).toBe(change.kind === 'unchanged');
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('can be replayed onto the old value to give the new one', () => {
    fc.assert(
      fc.property(pairs, ([old, next]) => {
        const result = diffValues(old, next);
        fc.pre(!result.truncated);
        expect(applyChanges(old, result.changes)).toStrictEqual(next);
      }),
      { numRuns: 200 },
    );
  });

  it('aligns as many items as a full LCS', () => {
    const lcsLength = (a: readonly number[], b: readonly number[]) => {
      const row = new Array<number>(b.length + 1).fill(0);
      for (const x of a) {
        let diagonal = 0;
        for (let j = 1; j <= b.length; j++) {
          const above = row[j] as number;
          row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
          diagonal = above;
        }
      }
      return row[b.length] as number;
    };
    const seq = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 });
    fc.assert(
      fc.property(seq, seq, (a, b) => {
        const alignment = alignSequences(a, b);
        const matches = matchedPairs(alignment, a.length);
        expect(alignment.exact).toBe(true);
        expect(matches).toHaveLength(lcsLength(a, b));
        for (const [i, j] of matches) expect(a[i]).toBe(b[j]);
        for (let m = 1; m < matches.length; m++) {
          const [pi, pj] = matches[m - 1] as [number, number];
          const [i, j] = matches[m] as [number, number];
          expect(i > pi && j > pj).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('maskChanges properties', () => {
  const secretKeys = [
    'password',
    'api_key',
    'accessToken',
    'client-secret',
    'Authorization',
    'private_key',
    'cookie',
    'credentials',
    'signature',
    'PASSWD',
    'refresh_token',
    'key',
  ];
  const plainKeys = ['user', 'meta', 'items', 'note'];
  // Secrets use an alphabet no other generated string or key uses, so a hit can only be a leak.
  const secretValue = fc.string({ unit: fc.constantFrom(...'GHJKLMQVWXZ'), minLength: 6, maxLength: 12 });
  const plainLeaf = fc.oneof(
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.string({ unit: fc.constantFrom(...'abc') }),
  );

  const tree = fc.letrec<{ node: unknown; obj: unknown; secretObj: unknown }>((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, plainLeaf, tie('obj'), fc.array(tie('node'), { maxLength: 3 })),
    obj: fc.dictionary(
      fc.constantFrom(...plainKeys, ...secretKeys),
      fc.oneof(tie('node'), tie('secretObj')),
      {
        maxKeys: 4,
      },
    ),
    // what a secret key holds: a string, or an object of strings (e.g. a credentials block)
    secretObj: fc.dictionary(
      fc.constantFrom(...secretKeys),
      fc.oneof(secretValue, fc.dictionary(fc.constantFrom(...plainKeys), secretValue)),
      {
        maxKeys: 3,
      },
    ),
  })).obj;

  function secretsIn(value: unknown, underSecret: boolean, out: string[]): string[] {
    if (typeof value === 'string' && underSecret) out.push(value);
    else if (Array.isArray(value)) for (const item of value) secretsIn(item, underSecret, out);
    else if (isPlainObject(value)) {
      for (const [key, item] of Object.entries(value)) secretsIn(item, underSecret || isSecretKey(key), out);
    }
    return out;
  }

  it('never lets a secret value through', () => {
    const keyNames = [...secretKeys, ...plainKeys].join(' ');
    fc.assert(
      fc.property(tree, tree, (old, next) => {
        const secrets = [...secretsIn(old, false, []), ...secretsIn(next, false, [])].filter(
          (secret) => secret.length >= 6 && !keyNames.includes(secret),
        );
        const shown = JSON.stringify(maskChanges(diffValues(old, next, { includeUnchanged: true }).changes));
        for (const secret of secrets) expect(shown).not.toContain(secret);
      }),
      { numRuns: 200 },
    );
  });
});
