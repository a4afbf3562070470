import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * What a sign-in must remember between sending the browser to the provider and its return:
 * the PKCE verifier, state, nonce and where to go back to. Kept in a short-lived HttpOnly
 * cookie, signed so that it cannot be forged; the verifier never leaves this browser and
 * server, and it is useless without the code only the provider's redirect carries.
 */
export interface SignInState {
  verifier: string;
  state: string;
  nonce: string;
  returnTo: string;
  /** epoch ms after which it is refused */
  expiresMs: number;
}

const stateSchema = z.object({
  verifier: z.string(),
  state: z.string(),
  nonce: z.string(),
  returnTo: z.string(),
  expiresMs: z.number(),
});

/** Long enough to type a password and a second factor; a stale sign-in then starts again. */
export const SIGN_IN_MS = 10 * 60_000;

export interface SignInSealer {
  seal(state: SignInState): string;
  open(value: string, now: number): SignInState | null;
}

/**
 * Signs with a key made at start-up: a restart in the middle of a sign-in makes the user start
 * it again, which is cheaper than a key to configure. (Several servers behind one name would
 * need a shared key, or sticky sessions for /auth/.)
 */
export function signInSealer(key: Uint8Array = randomBytes(32)): SignInSealer {
  const mac = (body: string) => createHmac('sha256', key).update(body).digest();
  return {
    seal(state) {
      const body = Buffer.from(JSON.stringify(state)).toString('base64url');
      return `${body}.${mac(body).toString('base64url')}`;
    },
    open(value, now) {
      const [body, tag, extra] = value.split('.');
      if (!body || !tag || extra !== undefined) return null;
      const expected = mac(body);
      const given = Buffer.from(tag, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
      } catch {
        return null;
      }
      const state = stateSchema.safeParse(parsed);
      return state.success && state.data.expiresMs > now ? state.data : null;
    },
  };
}
