import { describe, expect, it } from 'vitest';
import { parseQuery, type Expr } from '../../api/query';
import { streamContracts, streamNames } from '../../api/streams';
import { activitySplit, entityQuery } from './entityQueries';

/** Every field term's value in the parsed query, as the search engine reads it. */
function valuesOf(query: string, stream: (typeof streamNames)[number]): string[] {
  const parsed = parseQuery(query, streamContracts[stream].fields);
  if (!parsed.ok) throw new Error(`${query}: ${parsed.error.message}`);
  const out: string[] = [];
  const walk = (e: Expr) => {
    if (e.kind === 'field') out.push(`${e.field}=${e.value}`);
    else if (e.kind === 'and' || e.kind === 'or') e.operands.forEach(walk);
    else if (e.kind === 'not') walk(e.operand);
  };
  parsed.query.clauses.forEach(walk);
  return out;
}

describe('entityQuery', () => {
  it('names a user by email or id in every stream, and by what changed them in Activity', () => {
    expect(entityQuery('user', 'authentication', 'ada@example.com')).toBe(
      'email:ada@example.com OR user_id:ada@example.com',
    );
    expect(entityQuery('user', 'access', 'u-1')).toBe('email:u-1 OR sub:u-1');
    expect(entityQuery('user', 'activity', 'u-1')).toBe(
      'user_email:u-1 OR user_id:u-1 OR (entity:user (entity_id:u-1 OR old_value:u-1 OR new_value:u-1))',
    );
  });

  it('names a source IP by each stream’s own field', () => {
    expect(entityQuery('ip', 'authentication', '10.0.0.1')).toBe('source_ip:10.0.0.1');
    expect(entityQuery('ip', 'authorisation', '10.0.0.1')).toBe('downstream_remote_address:10.0.0.1');
    expect(entityQuery('ip', 'activity', '10.0.0.1')).toBe('source_ip:10.0.0.1');
  });

  it('has no search where a stream never names the entity', () => {
    expect(entityQuery('device', 'authentication', 'gw-1')).toBeNull();
    expect(entityQuery('device', 'activity', 'gw-1')).toBe('device:gw-1');
  });

  it.each([
    ['a space', 'Boiler House Gateway'],
    ['quotes', 'say "hi"'],
    ['a colon', 'fe80::1'],
    ['a backslash', 'CORP\\ada'],
    ['parentheses', 'pump (north)'],
    ['an operator word', 'OR'],
    ['a leading minus', '-x'],
    ['a trailing star', 'ada*'],
    ['a hidden character', 'ad\u200bmin'],
  ])('quotes a value with %s so that it parses back to exactly that value', (_, value) => {
    for (const stream of streamNames) {
      for (const kind of ['user', 'ip', 'device'] as const) {
        const query = entityQuery(kind, stream, value);
        if (query === null) continue;
        const values = valuesOf(query, stream).filter((v) => !v.startsWith('entity='));
        expect(values.length).toBeGreaterThan(0);
        for (const v of values) expect(v.slice(v.indexOf('=') + 1)).toBe(value);
      }
    }
  });

  it('splits a user’s Activity into changes made by and to them', () => {
    expect(activitySplit('user', 'a b').map((s) => s.query)).toEqual([
      'user_email:"a b" OR user_id:"a b"',
      'entity:user (entity_id:"a b" OR old_value:"a b" OR new_value:"a b")',
    ]);
    expect(activitySplit('device', 'gw')).toEqual([]);
  });
});
