import { z } from 'zod';

/** localStorage key of shorter limits, for tests and demos of a slow server. */
export const TIMEOUTS_KEY = 'audit-console.timeouts';

export interface RequestTimeouts {
  /** a search still waiting after this long says the server is slow and offers Cancel */
  slowMs: number;
  /** a search gives up after this long with an error saying so */
  timeoutMs: number;
}

export const DEFAULT_TIMEOUTS: RequestTimeouts = { slowMs: 5_000, timeoutMs: 30_000 };

const overrideSchema = z.object({
  slowMs: z.number().int().positive().optional(),
  timeoutMs: z.number().int().positive().optional(),
});

/** The limits of a search: the defaults, or what `audit-console.timeouts` in localStorage sets. */
export function requestTimeouts(): RequestTimeouts {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(TIMEOUTS_KEY);
    const parsed = raw === null ? null : overrideSchema.safeParse(JSON.parse(raw));
    return parsed?.success ? { ...DEFAULT_TIMEOUTS, ...parsed.data } : DEFAULT_TIMEOUTS;
  } catch {
    // unreadable storage or JSON: the defaults
    return DEFAULT_TIMEOUTS;
  }
}
