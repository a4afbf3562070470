import { z } from 'zod';
import { roleSchema } from '../src/api/schemas/me';

/**
 * The mock's switches, for demos and tests. In the browser they persist in localStorage
 * (`audit-console.mock`), so a reload keeps them; `window.auditMock.set({...})` changes them.
 */
export const mockSettingsSchema = z.object({
  /** records per stream; applied when the data is (re)generated, i.e. on reload */
  records: z.number().int().min(0).max(1_000_000).optional(),
  seed: z.number().int().optional(),
  /** added to every API response */
  latencyMs: z.number().int().min(0).max(60_000).optional(),
  /** fail requests whose path contains `faultPath` (default `/audit/`) */
  fault: z.enum(['none', '500', '503', 'bad-body', 'network', 'stall']).optional(),
  faultPath: z.string().optional(),
  /** Retry-After seconds sent with the 503 fault */
  retryAfter: z.number().int().min(0).max(3600).optional(),
  role: roleSchema.optional(),
  /** new records per minute per stream once a live tail is watching (default 30; 0 stops them) */
  liveRate: z.number().int().min(0).max(6000).optional(),
});
export type MockSettings = z.infer<typeof mockSettingsSchema>;

export const STORAGE_KEY = 'audit-console.mock';
export const DEFAULT_RECORDS = 50_000;

let memory: MockSettings = {};

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function getMockSettings(): MockSettings {
  const store = storage();
  if (!store) return memory;
  const raw = store.getItem(STORAGE_KEY);
  if (!raw) return memory;
  try {
    const parsed = mockSettingsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : memory;
  } catch {
    return memory;
  }
}

export function setMockSettings(next: MockSettings): MockSettings {
  const merged = mockSettingsSchema.parse({ ...getMockSettings(), ...next });
  memory = merged;
  storage()?.setItem(STORAGE_KEY, JSON.stringify(merged));
  return merged;
}

export function resetMockSettings(): void {
  memory = {};
  storage()?.removeItem(STORAGE_KEY);
}

export const DEFAULT_LIVE_RATE = 30;
export const DEFAULT_SEED = 20261124;

export function configuredSeed(): number {
  return getMockSettings().seed ?? DEFAULT_SEED;
}

export function configuredRecordCount(): number {
  const fromEnv = Number(import.meta.env?.VITE_MOCK_RECORDS);
  const fallback = Number.isInteger(fromEnv) && fromEnv >= 0 ? Math.min(fromEnv, 1_000_000) : DEFAULT_RECORDS;
  return getMockSettings().records ?? fallback;
}
