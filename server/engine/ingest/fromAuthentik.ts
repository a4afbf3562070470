import { changedPaths, type Json } from '../changes';

type Event = Readonly<Record<string, unknown>>;

const text = (value: unknown): string | null =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
const objectAt = (value: unknown): Readonly<Record<string, unknown>> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Event) : undefined;

/**
 * An authentik event as an Activity record's fields: who (`user`), what (`action`, and for
 * model_* events the model and its changed fields), from where (`client_ip`). The whole
 * `context` is kept as the new value, so nothing the event said is lost.
 */
export function fromAuthentik(event: Event): Record<string, unknown> {
  const user = objectAt(event.user);
  const context = objectAt(event.context);
  const model = objectAt(context?.model);
  const action = text(event.action) ?? '';
  const diff = objectAt(context?.diff);
  const before: Record<string, Json> = {};
  const after: Record<string, Json> = {};
  for (const [field, change] of Object.entries(diff ?? {})) {
    const pair = objectAt(change);
    if (pair && 'previous_value' in pair) before[field] = pair.previous_value as Json;
    if (pair && 'new_value' in pair) after[field] = pair.new_value as Json;
  }
  const hasDiff = diff !== undefined;
  return {
    event_time: event.created,
    controller: text(event.app) ?? 'authentik',
    device: null,
    entity: text(model?.model_name) ?? (user ? 'user' : 'event'),
    entity_id: text(model?.pk) ?? text(user?.pk),
    action,
    attribute: null,
    old_value: null,
    new_value: text(model?.name) ?? null,
    old_value_full: hasDiff ? before : null,
    new_value_full: hasDiff ? after : (context ?? null),
    status: action.endsWith('_failed') || action.endsWith('_error') ? 'failed' : 'success',
    workgroup_id: text(objectAt(event.brand)?.name) ?? '',
    user_id: text(user?.pk) ?? text(user?.username) ?? '',
    user_email: text(user?.email),
    comments: text(user?.username),
    config: null,
    source_ip: text(event.client_ip),
    jti: null,
    request_id: text(event.pk),
    changed: hasDiff ? changedPaths(before, after) : [],
  };
}
