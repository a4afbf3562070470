import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprintSecrets, hmacFingerprint } from './fingerprintSecrets';

const fingerprint = hmacFingerprint(new Uint8Array(32).fill(7));
const SECRET_KEYS = ['password', 'api_key', 'clientSecret', 'X-Auth-Token', 'private_key', 'authorization'];

describe('fingerprintSecrets', () => {
  it('leaves no secret value anywhere: nested, in JSON text, in URL parameters, in broken JSON', async () => {
    const secret = fc.string({ minLength: 6 }).map((s) => `S3CR3T${s.replace(/[^A-Za-z0-9]/g, 'x')}`);
    await fc.assert(
      fc.asyncProperty(secret, fc.constantFrom(...SECRET_KEYS), fc.nat(4), async (value, key, depth) => {
        let nested: unknown = { [key]: value, keep: 'visible' };
        for (let i = 0; i < depth; i++) nested = i % 2 ? [nested] : { level: nested };
        const event = {
          nested,
          asText: JSON.stringify(nested),
          url: `/cb?x=1&${key}=${encodeURIComponent(value)}`,
          broken: `{"${key}": "${value}", "cut`,
        };
        const out = JSON.stringify(await fingerprintSecrets(event, fingerprint));
        expect(out).not.toContain(value);
        expect(out).toContain('visible');
      }),
      { numRuns: 300 },
    );
  });

  it('gives one value one fingerprint, another value another, and keeps a marker as it is', async () => {
    const once = await fingerprintSecrets(
      { a: { token: 'one' }, b: { token: 'one' }, c: { token: 'two' } },
      fingerprint,
    );
    expect(once.a.token).toMatch(/^\[redacted:[0-9a-f]{8}\]$/);
    expect(once.b.token).toBe(once.a.token);
    expect(once.c.token).not.toBe(once.a.token);
    expect(await fingerprintSecrets(once, fingerprint)).toBe(once);
  });

  it('leaves what is not a secret alone, and an empty or null secret empty', async () => {
    const event = { key_id: 'k-1', monkey: 'george', password: '', token: null, path: '/a?page=2' };
    expect(await fingerprintSecrets(event, fingerprint)).toBe(event);
  });
});
