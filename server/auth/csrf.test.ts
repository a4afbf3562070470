import { describe, expect, it } from 'vitest';
import { cookieHeader, cookieNames, cookieOf } from './cookies';
import { crossSiteRefusal } from './csrf';

const ORIGIN = 'https://audit.example.com';
const req = (method: string, headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}/api/v1/saved-searches`, { method, headers });

describe('the CSRF check', () => {
  it('lets reads through, and writes without a session (an ingest token is no cookie)', () => {
    expect(crossSiteRefusal(req('GET', { Origin: 'https://evil.example' }), ORIGIN, true)).toBeNull();
    expect(crossSiteRefusal(req('HEAD'), ORIGIN, true)).toBeNull();
    expect(crossSiteRefusal(req('POST', { Origin: 'https://evil.example' }), ORIGIN, false)).toBeNull();
  });

  it('refuses a write with a session unless it comes from this origin', () => {
    expect(crossSiteRefusal(req('POST', { Origin: ORIGIN }), ORIGIN, true)).toBeNull();
    expect(crossSiteRefusal(req('PUT', { 'Sec-Fetch-Site': 'same-origin' }), ORIGIN, true)).toBeNull();
    expect(crossSiteRefusal(req('DELETE', { Origin: 'https://evil.example' }), ORIGIN, true)).toMatch(
      /from https:\/\/evil\.example/,
    );
    expect(
      crossSiteRefusal(req('POST', { Origin: 'https://audit.example.com.evil.test' }), ORIGIN, true),
    ).not.toBeNull();
    expect(crossSiteRefusal(req('POST', { 'Sec-Fetch-Site': 'same-site' }), ORIGIN, true)).toMatch(
      /must carry an Origin/,
    );
    expect(crossSiteRefusal(req('POST'), ORIGIN, true)).toMatch(/must carry an Origin/);
  });
});

describe('the cookies', () => {
  it('are __Host-, Secure, HttpOnly, SameSite=Lax, Path=/ on https', () => {
    const names = cookieNames('https://audit.example.com');
    expect(names).toEqual({ session: '__Host-session', signIn: '__Host-signin', secure: true });
    expect(cookieHeader(names.session, 'v', { secure: true, maxAgeSeconds: 3600 })).toBe(
      '__Host-session=v; Path=/; HttpOnly; SameSite=Lax; Secure; Max-Age=3600',
    );
  });

  it('drop Secure and the prefix on http://localhost, where a browser would not send them back', () => {
    const names = cookieNames('http://127.0.0.1:8080');
    expect(names).toEqual({ session: 'session', signIn: 'signin', secure: false });
    expect(cookieHeader('session', '', { secure: false, maxAgeSeconds: 0 })).toBe(
      'session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0',
    );
  });

  it('are read by exact name', () => {
    const request = new Request(ORIGIN, { headers: { Cookie: 'xsession=a; session=b=c; other=d' } });
    expect(cookieOf(request, 'session')).toBe('b=c');
    expect(cookieOf(request, 'missing')).toBeNull();
  });
});
