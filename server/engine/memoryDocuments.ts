import type { DocumentStore } from './documents';
import type { ConditionalWrite, DocumentCollection, IdempotencyKey, Versioned } from './types';

/** Idempotency keys in memory: `scope/key` → the id of what the first create made. */
export type MemoryKeys = Map<string, string>;

export const keyOf = ({ scope, key }: IdempotencyKey): string => `${scope}/${key}`;

/**
 * A document store seen through the store interface. Memory does each call in one synchronous
 * step, so a conditional write's check and write are atomic without a lock.
 */
export function memoryDocuments<T extends { id: string }>(
  store: DocumentStore<T>,
  keys: MemoryKeys,
): DocumentCollection<T> {
  const versioned = (value: T): Versioned<T> => ({ value, etag: store.etag(value.id) ?? '' });
  const stale = (id: string): ConditionalWrite => ({ ok: false, current: store.etag(id) });
  return {
    list: async () => store.list().map(versioned),
    get: async (id) => {
      const value = store.get(id);
      return value && versioned(value);
    },
    put: async (value) => store.put(value),
    remove: async (id) => store.remove(id),
    async create(value, once) {
      const earlier = once && keys.get(keyOf(once));
      const made = earlier === undefined ? undefined : store.get(earlier);
      if (made) return { ...versioned(made), created: false };
      const etag = store.put(value);
      if (once) keys.set(keyOf(once), value.id);
      return { value, etag, created: true };
    },
    async replace(value, etag) {
      if (store.etag(value.id) !== etag) return stale(value.id);
      return { ok: true, etag: store.put(value) };
    },
    async removeIf(id, etag) {
      if (store.etag(id) !== etag) return stale(id);
      store.remove(id);
      return { ok: true, etag: '' };
    },
  };
}
