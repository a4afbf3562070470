import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listRecords } from '../../src/api/records';
import { fetchTail } from '../../src/api/tail';
import type { AuditRecord } from '../../src/api/streams';
import { setMockSettings } from '../settings';
import { memoryStore } from '../store';
import { withMockServer } from '../testing';

withMockServer(2000);

afterEach(() => {
  vi.useRealTimers();
});

const iso = (ms: number) => new Date(ms).toISOString();

/** Every record of a search in [from, to], by paging the records endpoint. */
async function everyId(q: string, from: number, to: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listRecords('activity', { q, from: iso(from), to: iso(to), cursor, limit: 1000 });
    ids.push(...page.items.map((r) => r.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

describe('GET /audit/{stream}/tail', () => {
  it('delivers every record that arrives after the search ran, once, whatever the timing of polls and writes', async () => {
    // only Date is faked: MSW's own timers keep running
    vi.useFakeTimers({ toFake: ['Date'] });
    // ten a second: most polls bring several, some straddle a generated chunk's end
    setMockSettings({ liveRate: 600 });
    let now = Date.now();
    let written = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('', 'status:failed', '-controller:device'),
        fc.array(
          fc.record({
            advance: fc.integer({ min: 0, max: 10_000 }),
            poll: fc.boolean(),
            write: fc.boolean(),
          }),
          {
            minLength: 1,
            maxLength: 15,
          },
        ),
        async (q, steps) => {
          vi.setSystemTime(now);
          // the grid's search, pinned at the instant it ran
          const at = now;
          const grid = await everyId(q, 0, at);
          const received: AuditRecord[] = [];
          let until = iso(at);
          const poll = async () => {
            const tail = await fetchTail('activity', { q: q || undefined, after: until });
            received.push(...tail.items);
            expect(tail.until >= until).toBe(true);
            until = tail.until;
          };
          for (const step of steps) {
            now += step.advance;
            vi.setSystemTime(now);
            // someone's action audited right now, as an export writes its record
            if (step.write) {
              const template = memoryStore.collection('activity').records.at(-1) as AuditRecord;
              const id = `act-test-${String(written++)}`;
              await memoryStore.append('activity', { ...template, id, event_time: iso(now) }, now);
            }
            if (step.poll) await poll();
          }
          now += 1;
          vi.setSystemTime(now);
          await poll();
          const ids = received.map((r) => r.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect(ids.filter((id) => grid.includes(id))).toEqual([]);
          // exactly what a search of the tailed span finds now
          // (an empty span when the watermark has not moved past the search's instant)
          const end = Date.parse(until);
          const expected = end > at ? await everyId(q, at + 1, end) : [];
          expect([...ids].sort()).toEqual([...expected].sort());
          now += 1;
        },
      ),
      { numRuns: 20 },
    );
  }, 60_000);

  it('refuses a watermark that is not an instant', async () => {
    await expect(fetchTail('activity', { after: 'yesterday' })).rejects.toThrow(/after/);
  });
});
