import { describe, expect, it } from 'vitest';
import { draftFrom, loweredTypes, parseDraft } from './draft';

const policies = { authentication: 365, authorisation: 365, access: 365, activity: null };

describe('retention draft', () => {
  it('round-trips the stored policies', () => {
    expect(parseDraft(draftFrom(policies))).toEqual({ ok: true, policies });
  });

  it('names each period that is not a whole number of days from 1 to 3650', () => {
    const draft = draftFrom(policies);
    draft.authentication.days = '0';
    draft.authorisation.days = '3651';
    draft.access.days = '12.5';
    const parsed = parseDraft(draft);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.authentication).toMatch(/at least 1 day/);
    expect(parsed.errors.authorisation).toMatch(/At most 3,650 days/);
    expect(parsed.errors.access).toMatch(/number of days/);
    expect(parsed.errors.activity).toBeUndefined();
  });

  it('lowering is fewer days, or a limit where records were kept indefinitely', () => {
    expect(loweredTypes(policies, { ...policies, access: 30, authentication: 400, activity: 3650 })).toEqual([
      'access',
      'activity',
    ]);
    expect(loweredTypes(policies, { ...policies, authentication: null })).toEqual([]);
  });
});
