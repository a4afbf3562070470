import { describe, expect, it } from 'vitest';
import { authenticationRecordSchema, type AuthenticationRecord } from '../../src/api/streams/authentication';
import {
  EVENT,
  STAGE,
  STAGE_EVENTS,
  generateAuthentication,
  generateAuthenticationParts,
  generateAuthenticationTimed,
} from './authentication';
import { createOrganisation } from './organisation';
import { DAY, HOUR } from './timeline';

const NOW = Date.UTC(2026, 10, 24, 15, 30, 0);
const SEED = 20261124;
const org = createOrganisation(SEED);
const attackerIps = new Set(org.attackerIps);

// one mid-sized dataset shared by the structural checks
const big = generateAuthenticationTimed({ count: 100_000, seed: SEED, now: NOW });

function byTrace(records: readonly AuthenticationRecord[]): Map<string, AuthenticationRecord[]> {
  const traces = new Map<string, AuthenticationRecord[]>();
  for (const r of records) {
    const list = traces.get(r.trace_id);
    if (list) list.push(r);
    else traces.set(r.trace_id, [r]);
  }
  // oldest first, as the pipeline ran
  for (const list of traces.values()) list.reverse();
  return traces;
}

const FAILED = new Set<string>([EVENT.failure, EVENT.userNotFound, EVENT.accessDenied, EVENT.timeout]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TOKEN_STAGES = new Set<string>([STAGE.tokenIssue, STAGE.tokenRefresh, STAGE.logout]);

/** the first rule a trace (oldest step first) breaks, if any */
function traceProblem(trace: string, steps: readonly AuthenticationRecord[]): string | null {
  if (!UUID.test(trace)) return 'trace id is not a v4 uuid';
  const distinct = (pick: (r: AuthenticationRecord) => string | null) =>
    new Set(steps.map(pick).filter((v) => v !== null)).size;
  if (distinct((s) => s.session) > 1) return 'several sessions';
  if (distinct((s) => s.token_id) > 1) return 'several tokens';
  if (distinct((s) => s.source_ip) !== 1 || distinct((s) => s.client_id) !== 1) return 'mixed clients';
  if (steps.filter((s) => s.stage === STAGE.loginStart).length > 1) return 'several login_start';
  if (steps[0]?.stage === STAGE.loginStart && (steps[0].session !== null || steps[0].user_id !== null)) {
    return 'identity before identification';
  }
  if (steps.some((s) => FAILED.has(s.event)) && distinct((s) => s.token_id) > 0) return 'token after failure';
  for (const s of steps) {
    if ((s.token_id !== null) !== TOKEN_STAGES.has(s.stage)) return `token on ${s.stage}`;
    if (s.event === EVENT.userNotFound && s.user_id !== null) return 'user id for unknown user';
    if (s.user_id === null && s.session !== null) return 'session without user';
  }
  return null;
}

describe('generateAuthentication', () => {
  it('is deterministic for the same options', () => {
    const options = { count: 2000, seed: 7, now: NOW };
    expect(JSON.stringify(generateAuthentication(options))).toBe(
      JSON.stringify(generateAuthentication(options)),
    );
  });

  it('depends on the seed', () => {
    const a = generateAuthentication({ count: 50, seed: 1, now: NOW });
    const b = generateAuthentication({ count: 50, seed: 2, now: NOW });
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
  });

  it.each([0, 1, 3, 4, 199, 200, 2000, 12_345])('returns exactly %i records', (count) => {
    expect(generateAuthentication({ count, seed: SEED, now: NOW })).toHaveLength(count);
  });

  it('rejects invalid sizes', () => {
    expect(() => generateAuthentication({ count: -1, seed: 1, now: NOW })).toThrow(RangeError);
    expect(() => generateAuthentication({ count: 10, seed: 1, now: NOW, days: 0 })).toThrow(RangeError);
  });

  it('sorts newest first with unique auth-<n> ids numbered by age', () => {
    const { records, times } = big;
    const misnumbered = records.filter((r, i) => r.id !== `auth-${String(records.length - i)}`);
    const unordered = records.filter((_, i) => i > 0 && (times[i] ?? 0) > (times[i - 1] ?? 0));
    expect(misnumbered).toEqual([]);
    expect(unordered).toEqual([]);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('keeps every instant in [now - days, now], formatted like toISOString', () => {
    const days = 7;
    const { records, times } = generateAuthenticationTimed({ count: 20_000, seed: 3, now: NOW + 123, days });
    const end = NOW + 123;
    const wrong = records.filter((r, i) => {
      const ms = times[i] ?? NaN;
      return r.time !== new Date(ms).toISOString() || ms < end - days * DAY || ms > end;
    });
    expect(wrong).toEqual([]);
    expect(big.times[0]).toBeLessThanOrEqual(NOW);
    expect(big.times[big.times.length - 1]).toBeGreaterThanOrEqual(NOW - 30 * DAY);
  });

  it('produces records that satisfy the schema', () => {
    const step = Math.floor(big.records.length / 5000);
    const sample = big.records.filter((_, i) => i % step === 0);
    expect(sample.length).toBeGreaterThanOrEqual(5000);
    const invalid = sample.filter((r) => !authenticationRecordSchema.safeParse(r).success);
    expect(invalid).toEqual([]);
  });

  it('uses only the documented stage and event vocabulary', () => {
    const events = new Map<string, readonly string[]>(Object.entries(STAGE_EVENTS));
    const unknown = big.records.filter((r) => !events.get(r.stage)?.includes(r.event));
    expect(unknown).toEqual([]);
    expect(new Set(big.records.map((r) => r.stage))).toEqual(new Set(Object.values(STAGE)));
  });

  it('ties each trace to one session and at most one token, issued only on success', () => {
    const broken: string[] = [];
    for (const [trace, steps] of byTrace(big.records)) {
      const problem = traceProblem(trace, steps);
      if (problem) broken.push(`${trace}: ${problem}`);
    }
    expect(broken).toEqual([]);
  });

  it('times pipeline stages from a few hundred ms to minutes apart', () => {
    const at = new Map<AuthenticationRecord, number>();
    big.records.forEach((r, i) => at.set(r, big.times[i] ?? 0));
    const gaps: number[] = [];
    for (const steps of byTrace(big.records).values()) {
      for (let i = 1; i < steps.length; i++) {
        const gap =
          (at.get(steps[i] as AuthenticationRecord) ?? 0) -
          (at.get(steps[i - 1] as AuthenticationRecord) ?? 0);
        if (gap < 20 || gap > 6 * 60_000) gaps.push(gap);
      }
    }
    expect(gaps).toEqual([]);
  });

  it('fails a realistic share of people’s login attempts', () => {
    let attempts = 0;
    let failed = 0;
    for (const steps of byTrace(big.records).values()) {
      const first = steps[0];
      if (first?.stage !== STAGE.loginStart || attackerIps.has(first.source_ip)) continue;
      attempts++;
      if (steps.some((s) => FAILED.has(s.event))) failed++;
    }
    const rate = failed / attempts;
    expect(rate).toBeGreaterThan(0.08);
    expect(rate).toBeLessThan(0.15);
  });

  it('includes credential-stuffing bursts from a single address', () => {
    const { records, times } = big;
    let longest = 0;
    const recent = new Map<string, number[]>();
    records.forEach((r, i) => {
      if (!attackerIps.has(r.source_ip) || r.stage !== STAGE.identify) return;
      const window = recent.get(r.source_ip) ?? [];
      const t = times[i] ?? 0;
      window.push(t);
      // newest first, so drop guesses more than ten minutes after this one
      while ((window[0] ?? t) - t > 10 * 60_000) window.shift();
      recent.set(r.source_ip, window);
      longest = Math.max(longest, window.length);
    });
    expect(longest).toBeGreaterThanOrEqual(100);
  });

  it('is busier in weekday working hours than at night or on weekends', () => {
    let workday = 0;
    let night = 0;
    for (const t of big.times) {
      const local = t + org.utcOffsetMinutes * 60_000;
      const weekday = (Math.floor(local / DAY) + 4) % 7;
      const hour = Math.floor((local % DAY) / HOUR);
      if (weekday >= 1 && weekday <= 5 && hour >= 9 && hour < 17) workday++;
      else if (hour < 5) night++;
    }
    // per hour of wall-clock time: 8 working hours on 5 days against 5 night hours on 7
    expect(workday / 40).toBeGreaterThan((3 * night) / 35);
  });

  it('always includes values that must render inert', () => {
    for (const records of [generateAuthentication({ count: 4, seed: 9, now: NOW }), big.records]) {
      expect(records.some((r) => r.user_agent?.includes('<script>alert(1)</script>'))).toBe(true);
      expect(records.some((r) => r.user_agent?.length === 10_000)).toBe(true);
    }
  });

  it('logs how long a million records take', () => {
    const started = performance.now();
    const records = generateAuthentication({ count: 1_000_000, seed: SEED, now: NOW });
    const elapsed = performance.now() - started;
    console.log(`generateAuthentication: 1,000,000 records in ${elapsed.toFixed(0)} ms`);
    expect(records).toHaveLength(1_000_000);
  }, 60_000);
});

describe('generateAuthenticationParts', () => {
  const options = { count: 30_000, seed: SEED, now: NOW };
  const parts = generateAuthenticationParts(options);
  const whole = generateAuthenticationTimed(options);

  it('holds every record at or after completeFrom in the recent part, the rest in the older part', () => {
    const older = parts.older?.();
    if (!older) throw new Error('a dataset this large comes in two parts');
    // the console opens on the last 24 hours: that range must not wait for the older part
    expect(parts.completeFrom).toBeGreaterThan(NOW - 2 * DAY);
    expect(parts.completeFrom).toBeLessThanOrEqual(NOW - DAY - 2 * HOUR);
    expect(parts.recent.times.every((t) => t >= parts.completeFrom)).toBe(true);
    expect(older.times.every((t) => t < parts.completeFrom)).toBe(true);
    expect(JSON.stringify([...parts.recent.records, ...older.records])).toBe(JSON.stringify(whole.records));
  });

  it('is as busy in its recent days as the same weekdays a week earlier', () => {
    const inWindow = (from: number, to: number) => whole.times.filter((t) => t >= from && t < to).length;
    const recent = inWindow(NOW - 2 * DAY, NOW);
    const weekBefore = inWindow(NOW - 9 * DAY, NOW - 7 * DAY);
    expect(recent / weekBefore).toBeGreaterThan(0.75);
    expect(recent / weekBefore).toBeLessThan(1.33);
  });

  it('comes in one part when small', () => {
    const small = generateAuthenticationParts({ count: 1000, seed: SEED, now: NOW });
    expect(small.older).toBeNull();
    expect(small.recent.records).toHaveLength(1000);
  });
});
