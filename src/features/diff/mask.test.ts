import { describe, expect, it } from 'vitest';
import { maskSecretsDeep } from './mask';
import { SECRET_MARKER } from './secrets';

describe('maskSecretsDeep', () => {
  it('replaces values under secret keys at any depth and keeps the rest', () => {
    const masked = maskSecretsDeep({
      name: 'File Share',
      meta: { integration: { vendor: 'osisoft', api_key: 'dko4E2Lc' } },
      users: [{ email: 'a@b.c', password: 'hunter22' }],
      client_secret: null,
    });
    expect(masked).toEqual({
      name: 'File Share',
      meta: { integration: { vendor: 'osisoft', api_key: SECRET_MARKER } },
      users: [{ email: 'a@b.c', password: SECRET_MARKER }],
      client_secret: null,
    });
    expect(JSON.stringify(masked)).not.toContain('dko4E2Lc');
    expect(JSON.stringify(masked)).not.toContain('hunter22');
  });

  it('masks a whole object held under a secret key', () => {
    expect(maskSecretsDeep({ credentials: { user: 'u', pass: 'p' } })).toEqual({
      credentials: SECRET_MARKER,
    });
  });

  it('leaves primitives alone', () => {
    expect(maskSecretsDeep('password')).toBe('password');
    expect(maskSecretsDeep(5)).toBe(5);
  });
});
