import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../api/query';
import { nastyString } from '../../api/query/arbitraries';
import { streamContracts } from '../../api/streams';
import { tokenAt, valueContext, valueSuggestion, valueSuggestions } from './autocomplete';

const fields = streamContracts.activity.fields;

describe('autocomplete', () => {
  it('completes the word inside parentheses, not the parenthesis', () => {
    const text = '(action:create OR status:fa) x';
    const caret = text.indexOf(')');
    expect(tokenAt(text, caret)).toEqual({ start: 18, end: caret, token: 'status:fa' });
    expect(valueContext(fields, 'status:fa')).toEqual({ field: 'status', prefix: 'fa', negate: '' });
  });

  it('offers no value the API refuses, such as changed:""', () => {
    const offered = valueSuggestions(fields, { field: 'changed', negate: '' }, [
      { value: '', count: 681 },
      { value: 'name', count: 12 },
    ]);
    expect(offered.map((s) => s.insert)).toEqual(['changed:name']);
  });

  it('quotes values the language would read otherwise', () => {
    const insert = (value: string) => valueSuggestion({ field: 'changed', negate: '-' }, value, 1).insert;
    expect(insert('a (b)')).toBe('-changed:"a (b)"');
    expect(insert('x)')).toBe('-changed:"x)"');
    expect(insert('OR')).toBe('-changed:OR');
    expect(insert('id,name')).toBe('-changed:id,name');
  });

  it('inserts a term that parses back to exactly the suggested value', () => {
    fc.assert(
      fc.property(nastyString, fc.constantFrom('', '-'), (value, negate) => {
        const [suggestion] = valueSuggestions(fields, { field: 'changed', negate }, [{ value, count: 1 }]);
        if (suggestion === undefined) return;
        const parsed = parseQuery(suggestion.insert, fields);
        const term = { kind: 'field', field: 'changed', op: 'eq', value };
        expect(parsed).toEqual({
          ok: true,
          query: { clauses: [negate === '-' ? { kind: 'not', operand: term } : term] },
        });
      }),
    );
  });
});
