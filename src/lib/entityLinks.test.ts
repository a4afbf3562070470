import { describe, expect, it } from 'vitest';
import { entityKindOf, isEntityKind } from './entityLinks';

describe('entityKindOf', () => {
  it("knows each stream's user, address and device fields", () => {
    expect(['email', 'user_email', 'user_id', 'sub'].map(entityKindOf)).toEqual([
      'user',
      'user',
      'user',
      'user',
    ]);
    expect(['source_ip', 'downstream_remote_address'].map(entityKindOf)).toEqual(['ip', 'ip']);
    expect(entityKindOf('device')).toBe('device');
  });

  it('has no page for other fields, nor for names an object inherits', () => {
    expect(entityKindOf('path')).toBeNull();
    expect(entityKindOf('constructor')).toBeNull();
    expect(isEntityKind('toString')).toBe(false);
    expect(isEntityKind(undefined)).toBe(false);
  });
});
