import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../sql/pglite';
import { memorySessions } from './memorySessions';
import { pruneSessions } from './pruneSessions';
import type { SessionStore, StoredSession } from './sessionStore';
import { hashOf, sessions } from './sessions';
import { sqlSessions } from './sqlSessions';

const MINUTE = 60_000;
const LIMITS = { idleMs: 30 * MINUTE, maxMs: 8 * 60 * MINUTE };
const OLIVIA = {
  userId: 'olivia',
  name: 'Olivia',
  email: 'olivia@example.com',
  role: 'owner',
  groups: ['owners'],
} as const;

let pglite: PGlite;
beforeAll(async () => {
  pglite = await openPglite();
}, 120_000);
afterAll(() => pglite.close());

describe.each([
  ['memory', () => memorySessions()],
  ['PGlite', () => sqlSessions(pglite)],
] as const)('sessions in %s', (_name, makeStore: () => SessionStore) => {
  function keeper() {
    const clock = { now: Date.parse('2026-03-01T09:00:00Z') };
    const store = makeStore();
    return { clock, store, kept: sessions(store, LIMITS, () => clock.now) };
  }

  it('stores only the SHA-256 of the cookie value, and finds the session by it', async () => {
    const { store, kept } = keeper();
    const { token, session } = await kept.open(OLIVIA);
    expect(token).toMatch(/^[\w-]{43}$/); // 256 bits, base64url
    expect(session.idHash).toBe(hashOf(token));
    expect(JSON.stringify(await store.find(session.idHash))).not.toContain(token);
    expect(await kept.resolve(token)).toMatchObject({
      state: 'active',
      session: { role: 'owner', groups: ['owners'] },
    });
    expect(await kept.resolve('not-a-session')).toEqual({ state: 'unknown' });
  });

  it('ends a session left idle, but not one in use', async () => {
    const { clock, kept } = keeper();
    const { token } = await kept.open(OLIVIA);
    for (let i = 0; i < 10; i++) {
      clock.now += 20 * MINUTE;
      expect((await kept.resolve(token)).state).toBe('active');
    }
    clock.now += LIMITS.idleMs;
    expect(await kept.resolve(token)).toMatchObject({ state: 'ended', reason: 'idle', justNow: true });
    // told once: the next request finds it ended before
    expect(await kept.resolve(token)).toMatchObject({ state: 'ended', reason: 'idle', justNow: false });
  });

  it('ends a session at its absolute limit however busy it is', async () => {
    const { clock, kept } = keeper();
    const { token } = await kept.open(OLIVIA);
    while (clock.now < Date.parse('2026-03-01T09:00:00Z') + LIMITS.maxMs - 10 * MINUTE) {
      clock.now += 10 * MINUTE;
      expect((await kept.resolve(token)).state).toBe('active');
    }
    clock.now += 10 * MINUTE;
    expect(await kept.resolve(token)).toMatchObject({ state: 'ended', reason: 'expired', justNow: true });
  });

  it('signs out once', async () => {
    const { kept } = keeper();
    const { token } = await kept.open(OLIVIA);
    expect(await kept.end(token)).toMatchObject({ userId: 'olivia', endReason: 'signed_out' });
    expect(await kept.end(token)).toBeNull();
    expect(await kept.resolve(token)).toMatchObject({ state: 'ended', reason: 'signed_out' });
  });

  it('lists the live sessions, and ends one an owner names by its handle', async () => {
    const { clock, kept } = keeper();
    const user = { ...OLIVIA, userId: `live-${clock.now}-${Math.random()}` };
    const mine = (list: StoredSession[]) => list.filter((s) => s.userId === user.userId);
    const first = await kept.open(user);
    clock.now += MINUTE;
    const second = await kept.open(user);
    expect(mine(await kept.live()).map((s) => s.idHash)).toEqual([
      second.session.idHash,
      first.session.idHash,
    ]);
    // an idle one is no longer live, though nobody came back to end it
    clock.now += LIMITS.idleMs - MINUTE / 2;
    expect(mine(await kept.live()).map((s) => s.idHash)).toEqual([second.session.idHash]);

    const handle = second.session.idHash.slice(0, 16);
    expect(await kept.revoke(handle)).toMatchObject({ userId: user.userId, endReason: 'revoked' });
    expect(await kept.revoke(handle)).toBeNull();
    expect(await kept.resolve(second.token)).toMatchObject({ state: 'ended', reason: 'revoked' });
    expect(mine(await kept.live())).toEqual([]);
  });

  it('prunes sessions ended or expired over 30 days ago, on the clock given', async () => {
    const { store, clock, kept } = keeper();
    const DAY = 24 * 60 * MINUTE;
    const t0 = clock.now;
    const signedOut = await kept.open(OLIVIA);
    await kept.end(signedOut.token);
    clock.now = t0 + 60 * MINUTE;
    const revoked = await kept.open(OLIVIA);
    await kept.revoke(revoked.session.idHash.slice(0, 16));
    // never ended by a request: only its limit (t0 + 1 h + 8 h) says it is over
    const abandoned = await kept.open(OLIVIA);
    clock.now = t0 + 20 * DAY;
    const live = await kept.open(OLIVIA);
    const left = async () => {
      const all = [signedOut, revoked, abandoned, live].map(async ({ session }) =>
        store.find(session.idHash),
      );
      return (await Promise.all(all)).map((found) => found !== null);
    };

    expect(await pruneSessions(store, t0 + 30 * DAY + 30 * MINUTE)).toBeGreaterThanOrEqual(1);
    expect(await left()).toEqual([false, true, true, true]);
    await pruneSessions(store, t0 + 30 * DAY + 9 * 60 * MINUTE + 1);
    expect(await left()).toEqual([false, false, false, true]);
    await pruneSessions(store, t0 + 51 * DAY);
    expect(await left()).toEqual([false, false, false, false]);
  });
});
