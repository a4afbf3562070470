import { describe, expect, it } from 'vitest';
import { inputFrom, wallTimeToIso } from './draft';

const NOW = Date.parse('2026-12-01T12:00:00Z');

describe('the create-token draft', () => {
  it('reads the expiry in the zone the console shows times in', () => {
    expect(wallTimeToIso('2027-01-31T18:00', 'utc')).toBe('2027-01-31T18:00:00.000Z');
    expect(wallTimeToIso('2027-01-31T18:00', 'local')).toBe(new Date(2027, 0, 31, 18, 0).toISOString());
    expect(wallTimeToIso('2027-02-30T18:00', 'utc')).toBeNull();
    expect(wallTimeToIso('tomorrow', 'utc')).toBeNull();
  });

  it('makes the request, trimmed, with no expiry when none is typed', () => {
    expect(inputFrom({ name: '  Splunk ', streams: ['access'], expires: '' }, 'utc', NOW)).toEqual({
      input: { name: 'Splunk', streams: ['access'], expiresAt: null },
    });
  });

  it('names every field at fault, in the API’s words', () => {
    expect(inputFrom({ name: ' ', streams: [], expires: '2026-12-01T11:59' }, 'utc', NOW)).toEqual({
      errors: {
        name: 'Enter a name for the token.',
        streams: 'Choose at least one record type the token may write.',
        expiresAt: 'Choose a time in the future, or no expiry.',
      },
    });
  });
});
