import { describe, expect, it } from 'vitest';
import { safeReturnPath, signInUrl } from './signIn';

describe('the return path of a sign-in', () => {
  it('keeps a path on this origin with its query and fragment', () => {
    expect(safeReturnPath('/audit/authentication?q=stage%3Amfa&from=now-24h&record=a1')).toBe(
      '/audit/authentication?q=stage%3Amfa&from=now-24h&record=a1',
    );
    expect(safeReturnPath('/settings/retention#draft')).toBe('/settings/retention#draft');
  });

  it.each([
    'https://evil.example/',
    '//evil.example/path',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    'javascript:alert(1)',
    'audit/access',
    '',
    null,
    undefined,
    `/${'a'.repeat(3000)}`,
  ])('sends %j home instead', (value) => {
    expect(safeReturnPath(value)).toBe('/');
  });

  it('builds the login link with the path as a parameter', () => {
    expect(signInUrl('/audit/access?q=a b')).toBe('/auth/login?return=%2Faudit%2Faccess%3Fq%3Da%2520b');
    expect(signInUrl('//evil.example')).toBe('/auth/login?return=%2F');
  });
});
