/**
 * The mock's writable resources (destinations, retention, saved searches): documents with a
 * version each, kept in localStorage so a reload of the demo loses nothing (in Node, in
 * memory). A document's ETag is its store's epoch and its version: after "Reset demo data"
 * the epoch changes, so a tab still holding an old ETag gets 412, never a silent overwrite.
 */

interface Doc<T> {
  value: T;
  version: number;
}

interface State<T> {
  epoch: string;
  docs: Doc<T>[];
}

export interface DocumentStore<T extends { id: string }> {
  list(): T[];
  get(id: string): T | undefined;
  etag(id: string): string | undefined;
  /** creates or replaces; returns the new ETag */
  put(value: T): string;
  remove(id: string): boolean;
  reset(): void;
}

function newEpoch(): string {
  return Math.floor(Math.random() * 36 ** 6).toString(36);
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function documentStore<T extends { id: string }>(
  key: string,
  isValue: (value: unknown) => value is T,
  initial: () => T[],
): DocumentStore<T> {
  let state: State<T> | null = null;

  const fresh = (): State<T> => ({
    epoch: newEpoch(),
    docs: initial().map((value) => ({ value, version: 1 })),
  });

  /** the stored text `state` was read from: another tab's write changes it */
  let readFrom: string | null = null;

  // Read through to localStorage on every use: two tabs of the demo then share one store,
  // and a write from a tab holding an old ETag is refused as it would be by a real server.
  function load(): State<T> {
    let raw: string | null = null;
    try {
      raw = storage()?.getItem(key) ?? null;
    } catch {
      raw = null;
    }
    if (state && (raw === null || raw === readFrom)) return state;
    if (raw !== null) {
      try {
        const parsed = JSON.parse(raw) as State<T>;
        // a stored document from an older shape of the contract is dropped, not served
        if (typeof parsed.epoch === 'string' && Array.isArray(parsed.docs)) {
          state = { epoch: parsed.epoch, docs: parsed.docs.filter((d) => isValue(d.value)) };
          readFrom = raw;
          return state;
        }
      } catch {
        // unreadable: start from the defaults
      }
    }
    // first use: the defaults are stored at once, so every tab starts from the same versions
    if (state) return state;
    const first = fresh();
    save(first);
    return first;
  }

  function save(next: State<T>): void {
    state = next;
    try {
      const raw = JSON.stringify(next);
      storage()?.setItem(key, raw);
      readFrom = raw;
    } catch {
      // storage full: kept in memory for this page
    }
  }

  const tag = (s: State<T>, doc: Doc<T>) => `"${s.epoch}.${doc.version}"`;

  const store: DocumentStore<T> = {
    list: () => load().docs.map((d) => d.value),
    get: (id) => load().docs.find((d) => d.value.id === id)?.value,
    etag(id) {
      const s = load();
      const doc = s.docs.find((d) => d.value.id === id);
      return doc && tag(s, doc);
    },
    put(value) {
      const s = load();
      const old = s.docs.find((d) => d.value.id === value.id);
      const doc = { value, version: (old?.version ?? 0) + 1 };
      save({ ...s, docs: old ? s.docs.map((d) => (d === old ? doc : d)) : [...s.docs, doc] });
      return tag(s, doc);
    },
    remove(id) {
      const s = load();
      const docs = s.docs.filter((d) => d.value.id !== id);
      if (docs.length === s.docs.length) return false;
      save({ ...s, docs });
      return true;
    },
    reset() {
      state = null;
      readFrom = null;
      save(fresh());
    },
  };
  return store;
}
