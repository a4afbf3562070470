import { describe, expect, it } from 'vitest';
import { authenticationRecordSchema, type AuthenticationRecord } from '../../src/api/schemas/authentication';
import { EVENT, STAGE, STAGE_EVENTS, generateAuthentication, generateAuthenticationTimed } from './authentication';
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

describe('generateAuthentication', () => {
  it('is deterministic for the same options', () => {
    const options = { count: 2000, seed: 7, now: NOW };
    expect(JSON.stringify(generateAuthentication(options))).toBe(JSON.stringify(generateAuthentication(options)));
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
    const ids = new Set<string>();
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (!r) throw new Error('hole');
      expect(r.id).toBe(`auth-${String(records.length - i)}`);
      ids.add(r.id);
      if (i > 0) expect(times[i] ?? 0).toBeLessThanOrEqual(times[i - 1] ?? 0);
    }
    expect(ids.size).toBe(records.length);
  });

  it('keeps every instant in [now - days, now], formatted like toISOString', () => {
    const days = 7;
    const { records, times } = generateAuthenticationTimed({ count: 20_000, seed: 3, now: NOW + 123, days });
    records.forEach((r, i) => {
      const ms = times[i] ?? NaN;
      expect(r.time).toBe(new Date(ms).toISOString());
      expect(ms).toBeGreaterThanOrEqual(NOW + 123 - days * DAY);
      expect(ms).toBeLessThanOrEqual(NOW + 123);
    });
    expect(big.times[0]).toBeLessThanOrEqual(NOW);
    expect(big.times[big.times.length - 1]).toBeGreaterThanOrEqual(NOW - 30 * DAY);
  });

  it('produces records that satisfy the schema', () => {
    const step = Math.floor(big.records.length / 5000);
    for (let i = 0; i < big.records.length; i += step) {
      expect(() => authenticationRecordSchema.parse(big.records[i])).not.toThrow();
    }
  });

  it('uses only the documented stage and event vocabulary', () => {
    const stages = new Set<string>(Object.values(STAGE));
    for (const r of big.records) {
      expect(stages.has(r.stage)).toBe(true);
      expect(STAGE_EVENTS[r.stage as keyof typeof STAGE_EVENTS]).toContain(r.event);
    }
  });

  it('ties each trace to one session and at most one token, issued only on success', () => {
    for (const [trace, steps] of byTrace(big.records)) {
      expect(trace).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const sessions = new Set(steps.map((s) => s.session).filter((s) => s !== null));
      const tokens = new Set(steps.map((s) => s.token_id).filter((t) => t !== null));
      expect(sessions.size).toBeLessThanOrEqual(1);
      expect(tokens.size).toBeLessThanOrEqual(1);
      expect(new Set(steps.map((s) => s.source_ip)).size).toBe(1);
      expect(new Set(steps.map((s) => s.client_id)).size).toBe(1);
      expect(steps.filter((s) => s.stage === STAGE.loginStart).length).toBeLessThanOrEqual(1);
      const first = steps[0];
      if (first?.stage === STAGE.loginStart) {
        expect(first.session).toBeNull();
        expect(first.user_id).toBeNull();
      }
      const failed = steps.some((s) => FAILED.has(s.event));
      if (failed) expect(tokens.size).toBe(0);
      for (const s of steps) {
        const carriesToken = s.stage === STAGE.tokenIssue || s.stage === STAGE.tokenRefresh || s.stage === STAGE.logout;
        expect(s.token_id !== null).toBe(carriesToken);
        if (s.event === EVENT.userNotFound) expect(s.user_id).toBeNull();
        if (s.user_id === null) expect(s.session).toBeNull();
      }
    }
  });

  it('times pipeline stages from a few hundred ms to minutes apart', () => {
    const { records, times } = big;
    const at = new Map<AuthenticationRecord, number>();
    records.forEach((r, i) => at.set(r, times[i] ?? 0));
    for (const steps of byTrace(records).values()) {
      for (let i = 1; i < steps.length; i++) {
        const gap = (at.get(steps[i] as AuthenticationRecord) ?? 0) - (at.get(steps[i - 1] as AuthenticationRecord) ?? 0);
        expect(gap).toBeGreaterThanOrEqual(20);
        expect(gap).toBeLessThanOrEqual(6 * 60_000);
      }
    }
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
