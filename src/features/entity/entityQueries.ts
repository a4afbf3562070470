import { printTerm } from '../../api/query';
import type { StreamName } from '../../api/streams';
import type { EntityKind } from '../../lib/entityLinks';

/** One search of an entity's page: a stream and the query its grid opens with. */
export interface EntitySearch {
  readonly key: string;
  readonly label: string;
  readonly stream: StreamName;
  readonly query: string;
}

/** `field:value`, quoted and escaped by the query language's own printer. */
const eq = (field: string, value: string) => printTerm({ kind: 'field', field, op: 'eq', value });
const anyOf = (fields: readonly string[], value: string) => fields.map((f) => eq(f, value)).join(' OR ');

/**
 * The fields that name the entity in each stream's records. The request lines' subject is the
 * user's id; only Activity records name a device.
 */
const FIELDS: Readonly<Record<EntityKind, Readonly<Record<StreamName, readonly string[]>>>> = {
  user: {
    authentication: ['email', 'user_id'],
    authorisation: ['email', 'sub'],
    access: ['email', 'sub'],
    activity: ['user_email', 'user_id'],
  },
  ip: {
    authentication: ['source_ip'],
    authorisation: ['downstream_remote_address'],
    access: ['downstream_remote_address'],
    activity: ['source_ip'],
  },
  device: { authentication: [], authorisation: [], access: [], activity: ['device'] },
};

/** Every record of `stream` that names the entity; null when the stream's records never do. */
export function entityQuery(kind: EntityKind, stream: StreamName, value: string): string | null {
  const fields = FIELDS[kind][stream];
  if (fields.length === 0) return null;
  const made = anyOf(fields, value);
  const changed = changedQuery(kind, stream, value);
  return changed ? `${made} OR (${changed})` : made;
}

/**
 * Activity records of changes made to a user (not by them): their account by id, or a change
 * whose old or new value holds the value, such as an email change.
 */
function changedQuery(kind: EntityKind, stream: StreamName, value: string): string | null {
  if (kind !== 'user' || stream !== 'activity') return null;
  return `${eq('entity', 'user')} (${anyOf(['entity_id', 'old_value', 'new_value'], value)})`;
}

/** The Activity searches a user's page splits: changes made by them, and changes made to them. */
export function activitySplit(kind: EntityKind, value: string): EntitySearch[] {
  const by = anyOf(FIELDS[kind].activity, value);
  const to = changedQuery(kind, 'activity', value);
  if (!to) return [];
  return [
    { key: 'by', label: 'Changes made by this user', stream: 'activity', query: by },
    { key: 'to', label: 'Changes made to this user', stream: 'activity', query: to },
  ];
}
