import type { AuditRecord } from '../../src/api/streams';
import { fingerprintSecrets, type Fingerprint } from '../engine/ingest/fingerprintSecrets';
import type { AuditStore, ValueCount } from '../engine/types';

/**
 * The store as every route reads it: each record, facet value and top value that leaves it has
 * its secrets replaced by fingerprint markers (the contract's rule, src/api/redaction.ts). The
 * server's ingestion already stored markers; this is what makes it true of every record however
 * it got in (the demo's generated world, records stored before fingerprinting, the audit
 * trail's own). Writes pass through as they are.
 */
export function redactedStore(store: AuditStore, fingerprint: Fingerprint): AuditStore {
  const redact = <T>(value: T): Promise<T> => fingerprintSecrets(value, fingerprint);
  const redactValues = async (field: string, values: ValueCount[]): Promise<ValueCount[]> => {
    // as the field's value in a record, so a secret field's values are markers themselves
    const safe = await redact(values.map((v) => ({ [field]: v.value })));
    return values.map((v, i) => ({ ...v, value: String(safe[i]?.[field] ?? '') }));
  };
  /**
   * Autocomplete matches stored text by prefix: a suggestion for a prefix that reaches into a
   * secret would confirm each character typed. Values holding a secret are not suggested.
   */
  const withoutSecrets = async (values: ValueCount[]): Promise<ValueCount[]> => {
    const safe = await redact(values.map((v) => v.value));
    return values.filter((_, i) => safe[i] === values[i]?.value);
  };
  // the store's other methods (writes, documents, reset) are used as they are
  const redacted = Object.create(store) as AuditStore;
  return Object.assign(redacted, {
    search: async (...args: Parameters<AuditStore['search']>) => {
      const page = await store.search(...args);
      const items = await redact(page.items);
      return items === page.items ? page : { ...page, items };
    },
    get: async (...args: Parameters<AuditStore['get']>) => redact(await store.get(...args)),
    tail: async (...args: Parameters<AuditStore['tail']>) => {
      const { items, until } = await store.tail(...args);
      return { items: await redact(items), until };
    },
    timeline: async (...args: Parameters<AuditStore['timeline']>) => {
      const { items, truncated } = await store.timeline(...args);
      return { items: await redact(items), truncated };
    },
    export: async (...args: Parameters<AuditStore['export']>) => {
      const { total, batches } = await store.export(...args);
      return { total, batches: redactBatches(batches, redact) };
    },
    facets: async (...args: Parameters<AuditStore['facets']>) =>
      redactValues(args[1], await withoutSecrets(await store.facets(...args))),
    topValues: async (...args: Parameters<AuditStore['topValues']>) =>
      redactValues(args[1], await store.topValues(...args)),
  } satisfies Partial<AuditStore>);
}

/** One await per batch, as the store's own; `return` reaches the store so it can let its cursor go. */
async function* redactBatches(
  batches: AsyncIterable<readonly AuditRecord[]>,
  redact: <T>(value: T) => Promise<T>,
): AsyncGenerator<readonly AuditRecord[]> {
  for await (const batch of batches) yield await redact(batch);
}
