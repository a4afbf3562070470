/** The people and things a record names that have a page of their own: a user, a source IP, a device. */
export type EntityKind = 'user' | 'ip' | 'device';

export const entityKinds: readonly EntityKind[] = ['user', 'ip', 'device'];

export const isEntityKind = (value: string | undefined): value is EntityKind =>
  entityKinds.some((k) => k === value);

/** "Open user page", "the source IP …": how the console names each kind */
export const ENTITY_NOUN: Readonly<Record<EntityKind, string>> = {
  user: 'user',
  ip: 'source IP',
  device: 'device',
};

/** Fields, in any stream, whose value is an entity (the subject of a request line is its user's id). */
const KIND_OF_FIELD: Readonly<Record<string, EntityKind>> = {
  email: 'user',
  user_email: 'user',
  user_id: 'user',
  sub: 'user',
  source_ip: 'ip',
  downstream_remote_address: 'ip',
  device: 'device',
};

export function entityKindOf(field: string): EntityKind | null {
  return Object.hasOwn(KIND_OF_FIELD, field) ? (KIND_OF_FIELD[field] ?? null) : null;
}
