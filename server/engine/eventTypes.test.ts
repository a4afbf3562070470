import { describe, expect, it } from 'vitest';
import { compileQuery, parseQuery } from '../../src/api/query';
import { streamContracts, type AuditRecord } from '../../src/api/streams';
import { generateWorld } from '../../mocks/world/world';
import { eventTypes } from './eventTypes';

const world = generateWorld({ count: 40_000, seed: 16_007, now: Date.UTC(2026, 10, 24, 15, 30) });

/** names the demo world does not generate: sign-ins of authentik itself, system crashes, raw model events */
const NOT_IN_DEMO = new Set(['login_failed', 'logout', 'system_exception']);

describe('the event catalogue', () => {
  const catalogue = eventTypes();

  it('lists the Ardexa audit logs’ actions (seed 003)', () => {
    const ardexa = catalogue.filter((e) => e.source === 'Ardexa audit logs');
    expect(ardexa.map((e) => e.description)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Rename a device\./),
        expect.stringMatching(/^Run a security scan\./),
        expect.stringMatching(/^Share a search\./),
        expect.stringMatching(/^Device online\./),
      ]),
    );
  });

  it('gives every event type it links a search that parses in its stream', () => {
    for (const e of catalogue) {
      if (!e.records) continue;
      const parsed = parseQuery(e.records.query, streamContracts[e.records.stream].fields);
      expect(parsed.ok, `${e.source} ${e.name}: ${e.records.query}`).toBe(true);
    }
  });

  it.each(['Ardexa audit logs', 'authentik events', 'Authentication stages'] as const)(
    'links each %s entry to records the demo world holds',
    (source) => {
      const empty: string[] = [];
      for (const e of catalogue.filter((x) => x.source === source && !NOT_IN_DEMO.has(x.name))) {
        if (!e.records) {
          empty.push(`${e.name}: no link`);
          continue;
        }
        const parsed = parseQuery(e.records.query, streamContracts[e.records.stream].fields);
        if (!parsed.ok) continue;
        const test = compileQuery<AuditRecord>(parsed.query, streamContracts[e.records.stream].fields);
        const records = world[e.records.stream].records as readonly AuditRecord[];
        if (!records.some(test)) empty.push(`${e.name}: ${e.records.query}`);
      }
      expect(empty).toEqual([]);
    },
  );
});
