import { randomId } from '../../src/api/randomId';
import type { ActivityRecord } from '../../src/api/streams/activity';

/** What an Activity record about the console's own doings must say; the rest has defaults. */
export type ConsoleActivity = Pick<
  ActivityRecord,
  'id' | 'event_time' | 'controller' | 'entity' | 'entity_id' | 'action' | 'status' | 'user_id' | 'user_email'
> &
  Partial<ActivityRecord>;

/**
 * An Activity record the console writes about itself (a refusal, a sign-in, a settings change):
 * no device, no config, and no source address or token — the API sees no socket, and a
 * forwarded-for header anyone can write is no evidence.
 */
export function consoleActivity(fields: ConsoleActivity): ActivityRecord {
  return {
    device: null,
    attribute: null,
    old_value: null,
    new_value: null,
    old_value_full: null,
    new_value_full: null,
    workgroup_id: 'wg-it',
    comments: null,
    config: null,
    source_ip: null,
    jti: null,
    request_id: randomId(),
    changed: [],
    ...fields,
  };
}
