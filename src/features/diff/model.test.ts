import { describe, expect, it } from 'vitest';
import { buildDiffModel, formatValue, summaryText } from './model';
import { wordDiff } from './words';

describe('buildDiffModel', () => {
  it('is null when neither side has a value', () => {
    expect(buildDiffModel(null, undefined)).toBeNull();
    expect(buildDiffModel(undefined, undefined)).toBeNull();
  });

  it('lists each field of a created or deleted record', () => {
    const created = buildDiffModel(null, { a: 1, b: [2] });
    expect(created?.rows.map((row) => [row.path, row.label])).toEqual([
      ['a', 'added'],
      ['b', 'added'],
    ]);
    const deleted = buildDiffModel([1, 2], null);
    expect(deleted?.rows.map((row) => [row.path, row.label])).toEqual([
      ['[0]', 'removed'],
      ['[1]', 'removed'],
    ]);
    expect(buildDiffModel(null, 'text')?.rows.map((row) => [row.path, row.label])).toEqual([['', 'added']]);
  });

  it('counts kinds and masks secrets', () => {
    const model = buildDiffModel(
      { a: 1, password: 'old-password' },
      { a: '1', password: 'new-password', b: 2 },
    );
    expect(model?.counts).toEqual({ added: 1, removed: 0, changed: 2, unchanged: 0 });
    expect(model?.rows.find((row) => row.path === 'a')).toMatchObject({
      label: 'type changed',
      types: 'number → string',
    });
    const secret = model?.rows.find((row) => row.path === 'password');
    expect(secret).toMatchObject({
      label: 'changed',
      old: { kind: 'secret', text: '•••••• (secret, changed)' },
    });
    expect(JSON.stringify(model)).not.toMatch(/old-password|new-password/);
  });

  it('reports unchanged entries dropped by the limit without calling the diff truncated', () => {
    const old = Array.from({ length: 6_000 }, (_, i) => i);
    const model = buildDiffModel(old, [...old, 'x']);
    expect(model?.truncated).toBe(false);
    expect(model?.counts.unchanged).toBe(5_000);
    expect(model?.omittedUnchanged).toBe(1_000);
  });
});

describe('summaryText', () => {
  it('lists non-zero counts in a fixed order', () => {
    expect(summaryText({ changed: 3, added: 1, removed: 1, unchanged: 9 })).toBe(
      '3 changed · 1 added · 1 removed',
    );
    expect(summaryText({ changed: 0, added: 2, removed: 0, unchanged: 0 })).toBe('2 added');
    expect(summaryText({ changed: 1_234, added: 0, removed: 0, unchanged: 0 })).toBe('1,234 changed');
    expect(summaryText({ changed: 0, added: 0, removed: 0, unchanged: 4 })).toBe('No changes');
  });
});

describe('formatValue', () => {
  it('shows JSON so that types stay visible', () => {
    expect(formatValue('5')).toBe('"5"');
    expect(formatValue(5)).toBe('5');
    expect(formatValue(null)).toBe('null');
    expect(formatValue({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(formatValue(NaN)).toBe('NaN');
    expect(formatValue(10n)).toBe('10');
  });
});

describe('wordDiff', () => {
  it('marks only the words that differ', () => {
    expect(wordDiff('the quick brown fox', 'the quick red fox')).toEqual({
      old: [
        { text: 'the quick ', changed: false },
        { text: 'brown', changed: true },
        { text: ' fox', changed: false },
      ],
      new: [
        { text: 'the quick ', changed: false },
        { text: 'red', changed: true },
        { text: ' fox', changed: false },
      ],
    });
  });

  it('gives up on very long texts', () => {
    expect(wordDiff('a '.repeat(6_000), 'b '.repeat(6_000))).toBeNull();
  });
});
