import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NASTY_VALUES, queryArbitrary } from '../../src/api/query/arbitraries';
import { parseQuery } from '../../src/api/query/parse';
import type { Query } from '../../src/api/query/types';
import { streamContracts, streamNames } from '../../src/api/streams';
import { whereStatement } from './compile';
import { streamTables } from './tables';

const activity = streamTables.activity;

function where(text: string, stream: keyof typeof streamTables = 'activity') {
  const parsed = parseQuery(text, streamContracts[stream].fields);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return whereStatement(parsed.query, streamTables[stream]);
}

const KEYWORDS = new Set([
  'AND',
  'OR',
  'NOT',
  'IS',
  'TRUE',
  'FALSE',
  'LIKE',
  'EXISTS',
  'SELECT',
  'FROM',
  'WHERE',
  'AS',
]);
const OTHER_NAMES = new Set(['unnest', 'element', 'ARRAY']);

describe('compileWhere', () => {
  it('puts every value in a parameter and only known names in the text', () => {
    for (const stream of streamNames) {
      const table = streamTables[stream];
      const columns = new Set(table.columns.map((c) => c.name));
      fc.assert(
        fc.property(queryArbitrary(streamContracts[stream].fields, NASTY_VALUES), (query) => {
          const { sql, params } = whereStatement(query, table);
          const placeholders = [...sql.matchAll(/\$(\d+)::(?:text\[\]|text|float8|bigint)/g)].map((m) =>
            Number(m[1]),
          );
          expect(new Set(placeholders)).toEqual(new Set(params.map((_, i) => i + 1)));
          const rest = sql.replace(/\$\d+::(?:text\[\]|text|float8|bigint)/g, ' ');
          // nothing but names, keywords and operators is left once the placeholders are out
          expect(rest).toMatch(/^[A-Za-z0-9_ ()=<>@,[\]]*$/);
          for (const word of rest.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) {
            expect(KEYWORDS.has(word) || OTHER_NAMES.has(word) || columns.has(word), word).toBe(true);
          }
        }),
      );
    }
  });

  it('refuses a field the contract does not have', () => {
    const query: Query = {
      clauses: [{ kind: 'field', field: 'id; DROP TABLE x', op: 'eq', value: '1' }],
    };
    expect(() => whereStatement(query, activity)).toThrow(/Unknown field/);
  });

  it('matches keywords case-insensitively, folded in JavaScript', () => {
    expect(where('user_email:ΣΑΣ')).toEqual({ sql: '(user_email_fold = $1::text)', params: ['σας'] });
  });

  it('keeps the null-safe negation', () => {
    expect(where('-status:failed').sql).toBe('(status_fold = $1::text) IS NOT TRUE');
  });

  it('escapes LIKE in substrings and prefixes', () => {
    expect(where('comments:"100%_\\\\"')).toEqual({
      sql: '(comments_fold LIKE $1::text)',
      params: ['%100\\%\\_\\\\%'],
    });
    expect(where('action:a_*').params).toEqual(['a\\_%']);
  });

  it('matches a list when any element does', () => {
    expect(where('changed:Name').sql).toBe('(changed_fold @> ARRAY[$1::text])');
    expect(where('changed:na*').sql).toBe(
      '(EXISTS (SELECT 1 FROM unnest(changed_fold) AS element WHERE element LIKE $1::text))',
    );
  });

  it('ANDs the clauses and nests AND, OR and NOT as the query does', () => {
    expect(where('(status:failed OR action:create) device:x').sql).toBe(
      '((status_fold = $1::text) OR (action_fold = $2::text)) AND (device_fold = $3::text)',
    );
    expect(where('status:failed OR action:create device:x').sql).toBe(
      '((status_fold = $1::text) OR ((action_fold = $2::text) AND (device_fold = $3::text)))',
    );
    expect(where('NOT (status:failed OR -action:create)').sql).toBe(
      '((status_fold = $1::text) OR (action_fold = $2::text) IS NOT TRUE) IS NOT TRUE',
    );
    expect(where('NOT NOT status:failed').sql).toBe('((status_fold = $1::text) IS NOT TRUE) IS NOT TRUE');
  });

  it('reads free text from the free-text column', () => {
    expect(where('"Bob"')).toEqual({ sql: '(free_text_fold LIKE $1::text)', params: ['%bob%'] });
  });

  it('turns whole zoneless times into instant ranges and zoned ones into their span', () => {
    const day = Date.parse('2026-11-20T00:00:00Z');
    expect(where('event_time:2026-11-20').params).toEqual([day, day + 86_400_000]);
    expect(where('event_time:2026-11-20T10:00+02:00').params).toEqual([
      Date.parse('2026-11-20T08:00:00Z'),
      Date.parse('2026-11-20T08:01:00Z'),
    ]);
    expect(where('event_time:>=2026-11-20').sql).toBe('(time_ms >= $1::bigint)');
  });

  it('compares numbers as numbers', () => {
    expect(where('response_code:>=500', 'access')).toEqual({
      sql: '(response_code_num >= $1::float8)',
      params: [500],
    });
  });
});
