import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../../src/api/streams/activity';
import { AUTHENTIK_MASK } from './activity-authentik';
import { SYSTEM_USER, generateWorld } from './world';

const NOW = Date.UTC(2026, 10, 24, 15, 30, 0);
const world = generateWorld({ count: 40_000, seed: 16_008, now: NOW });

/** issue 16 item 8: seed 002's event actions that were in the catalogue but in no stream */
const SEED_002 = [
  'user_write',
  'suspicious_request',
  'password_set',
  'secret_view',
  'secret_rotate',
  'invitation_used',
  'authorize_application',
  'source_linked',
  'impersonation_started',
  'impersonation_ended',
  'policy_execution',
  'policy_exception',
  'property_mapping_exception',
  'system_task_execution',
  'system_task_exception',
  'configuration_error',
  'email_sent',
  'update_available',
] as const;

/** done by a person, in one of their sessions, or by an administrator */
const BY_PEOPLE = new Set([
  'user_write',
  'password_set',
  'authorize_application',
  'source_linked',
  'invitation_used',
  'secret_view',
  'impersonation_started',
  'impersonation_ended',
  'policy_execution',
]);
/** requests from outside that authentik refused or could not serve: they name where they came from */
const FROM_OUTSIDE = new Set(['suspicious_request', 'configuration_error']);

const byAction = new Map<string, ActivityRecord[]>();
for (const r of world.activity.records) {
  const list = byAction.get(r.action);
  if (list) list.push(r);
  else byAction.set(r.action, [r]);
}

/** every string under a key authentik cleanses (password, key, token, secret) */
function cleansed(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) cleansed(item, out);
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) {
      if (/password|^key$|secret|token_key/i.test(key) && typeof item === 'string') out.push(item);
      else cleansed(item, out);
    }
  return out;
}

describe("the demo world's authentik events (seed 002)", () => {
  it.each(SEED_002)('generates %s in the Activity stream with its context', (action) => {
    const records = byAction.get(action) ?? [];
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
      // the context authentik records, as an object, and the model or policy involved named
      expect(r.new_value_full).toEqual(expect.any(Object));
      expect(r.controller).toMatch(/^authentik\./);
      expect(r.entity_id).not.toBeNull();
      expect(r.new_value).not.toBeNull();
      expect(r.changed).toEqual([]);
      if (BY_PEOPLE.has(action)) {
        expect(r.user_id).not.toBe(SYSTEM_USER);
        expect(r.user_email).toMatch(/@/);
        expect(r.source_ip).toMatch(/^[\d.:a-f]+$/);
      } else {
        expect(r.user_id).toBe(SYSTEM_USER);
      }
      if (FROM_OUTSIDE.has(action)) expect(r.source_ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    }
  });

  it('fails the exceptions and refused requests, and nothing else', () => {
    const failed = SEED_002.filter((a) => (byAction.get(a) ?? []).some((r) => r.status === 'failed'));
    expect(failed.sort()).toEqual(
      [
        'configuration_error',
        'policy_exception',
        'property_mapping_exception',
        'suspicious_request',
        'system_task_exception',
      ].sort(),
    );
  });

  it('masks passwords, keys and secrets in a context as authentik does', () => {
    const values = SEED_002.flatMap((a) =>
      (byAction.get(a) ?? []).flatMap((r) => cleansed(r.new_value_full)),
    );
    expect(values.length).toBeGreaterThan(0);
    expect(new Set(values)).toEqual(new Set([AUTHENTIK_MASK]));
  });

  it('is the same world for the same seed', () => {
    const again = generateWorld({ count: 40_000, seed: 16_008, now: NOW });
    const pick = (records: readonly ActivityRecord[]) =>
      records.filter((r) => r.controller.startsWith('authentik.') && !r.action.startsWith('model_'));
    expect(pick(again.activity.records)).toEqual(pick(world.activity.records));
  });
});
