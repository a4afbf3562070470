import { describe, expect, it } from 'vitest';
import { memoryHostStore } from './memoryHostStore';
import { retentionRun } from './retentionRun';

describe('the hourly retention run', () => {
  it('deletes sessions over 30 days past their end, on the clock given', async () => {
    const store = memoryHostStore();
    const t0 = Date.parse('2026-03-01T09:00:00Z');
    const session = {
      idHash: 'a'.repeat(64),
      userId: 'olivia',
      name: 'Olivia',
      email: 'olivia@example.com',
      role: 'owner',
      groups: [],
      createdMs: t0,
      lastSeenMs: t0,
      expiresMs: t0 + 8 * 3_600_000,
      endedMs: null,
      endReason: null,
    } as const;
    await store.sessions.create(session);
    expect(await retentionRun(store, t0 + 30 * 24 * 3_600_000)).toMatchObject({ sessions: 0 });
    expect(await store.sessions.find(session.idHash)).not.toBeNull();
    expect(await retentionRun(store, t0 + 31 * 24 * 3_600_000)).toMatchObject({ sessions: 1 });
    expect(await store.sessions.find(session.idHash)).toBeNull();
  });
});
