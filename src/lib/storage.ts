import { useSyncExternalStore } from 'react';
import type { z } from 'zod';

/**
 * A preference persisted in localStorage, validated on read (a hand-edited or stale
 * value falls back to the default instead of breaking the page), shared by every component.
 */
export function createPersisted<T>(key: string, schema: z.ZodType<T>, fallback: T) {
  const listeners = new Set<() => void>();
  let cached: { raw: string | null; value: T } | null = null;

  function read(): T {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(key);
    } catch {
      return fallback;
    }
    if (cached && cached.raw === raw) return cached.value;
    let value = fallback;
    if (raw !== null) {
      try {
        const parsed = schema.safeParse(JSON.parse(raw));
        if (parsed.success) value = parsed.data;
      } catch {
        // not JSON: keep the default
      }
    }
    cached = { raw, value };
    return value;
  }

  function write(value: T): void {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // storage full or blocked: the choice still applies for this page
      cached = { raw: JSON.stringify(value), value };
    }
    listeners.forEach((l) => l());
  }

  function subscribe(listener: () => void) {
    listeners.add(listener);
    const onStorage = (e: StorageEvent) => e.key === key && listener();
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  }

  function usePersisted(): [T, (value: T) => void] {
    const value = useSyncExternalStore(subscribe, read, () => fallback);
    return [value, write];
  }

  return { read, write, usePersisted };
}
