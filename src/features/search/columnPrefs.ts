import { z } from 'zod';
import { createPersisted } from '../../lib/storage';
import type { StreamDefinition } from './definition';

export const densitySchema = z.enum(['compact', 'standard', 'comfortable']);
export type Density = z.infer<typeof densitySchema>;
export const ROW_HEIGHT: Record<Density, number> = { compact: 28, standard: 36, comfortable: 46 };

const prefsSchema = z.object({
  visible: z.array(z.string()).nullable(),
  order: z.array(z.string()).nullable(),
  sizes: z.record(z.string(), z.number().min(40).max(2000)),
  density: densitySchema,
});
export type ColumnPrefs = z.infer<typeof prefsSchema>;

export const DEFAULT_PREFS: ColumnPrefs = { visible: null, order: null, sizes: {}, density: 'standard' };

const stores = new Map<string, ReturnType<typeof createPersisted<ColumnPrefs>>>();

/** Column choices persist per stream, in this browser. */
export function columnPrefsStore(stream: string) {
  let store = stores.get(stream);
  if (!store) {
    store = createPersisted(`audit-console.columns.${stream}`, prefsSchema, DEFAULT_PREFS);
    stores.set(stream, store);
  }
  return store;
}

/** Visible columns in display order; fields the stream no longer has are dropped, new ones appended. */
export function resolveColumns(definition: StreamDefinition, prefs: ColumnPrefs) {
  const all = definition.columns.map((c) => c.field);
  const order = [
    ...(prefs.order ?? []).filter((f) => all.includes(f)),
    ...all.filter((f) => !prefs.order?.includes(f)),
  ];
  const visible = new Set(prefs.visible ?? definition.columns.filter((c) => c.visible).map((c) => c.field));
  return { order, visible };
}
