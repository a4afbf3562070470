import { describe, expect, it } from 'vitest';
import { signInSealer } from './signInState';

const STATE = { verifier: 'v', state: 's', nonce: 'n', returnTo: '/audit/access?q=x', expiresMs: 1_000 };

describe('the sign-in in progress', () => {
  it('comes back as it was sealed, until it expires', () => {
    const sealer = signInSealer();
    const sealed = sealer.seal(STATE);
    expect(sealer.open(sealed, 999)).toEqual(STATE);
    expect(sealer.open(sealed, 1_000)).toBeNull();
  });

  it('is refused when changed, or sealed by another key', () => {
    const sealer = signInSealer();
    const [, tag] = sealer.seal(STATE).split('.');
    const forged = Buffer.from(JSON.stringify({ ...STATE, returnTo: 'https://evil.example' })).toString(
      'base64url',
    );
    expect(sealer.open(`${forged}.${tag}`, 0)).toBeNull();
    expect(signInSealer().open(sealer.seal(STATE), 0)).toBeNull();
    expect(sealer.open('garbage', 0)).toBeNull();
  });
});
