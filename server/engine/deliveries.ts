import { deliverySchema, type Delivery } from '../../src/api/schemas/destinations';
import type { StoredDestination } from './destinations';
import { documentStore } from './documents';

/**
 * The last delivery result of each destination. Kept apart from the destination itself: a
 * delivery is not a change of its settings, so it must not change the destination's ETag
 * (sending a test event from an open form would otherwise make its Save a conflict).
 */
export interface StoredDelivery {
  id: string;
  delivery: Delivery;
}

const isStored = (value: unknown): value is StoredDelivery =>
  typeof value === 'object' &&
  value !== null &&
  'id' in value &&
  'delivery' in value &&
  deliverySchema.safeParse(value.delivery).success;

/** `initial`: the deliveries a store starts with (the demo's; none for a new store). */
export const deliveryDocuments = (initial: () => StoredDelivery[] = () => []) =>
  documentStore<StoredDelivery>('audit-console.mock.deliveries', isStored, initial);

/** A pretend delivery: what a real sender would record after POSTing the batch. */
export function deliver(stored: StoredDestination): Delivery {
  const at = new Date().toISOString();
  const target = stored.url ?? stored.path ?? '';
  const durationMs = 40 + ([...target].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 160);
  if (stored.type === 'file')
    return {
      status: 'success',
      httpStatus: null,
      at,
      durationMs,
      message: `Appended 1 event to ${stored.path}`,
    };
  const host = new URL(stored.url ?? 'https://invalid.invalid').hostname;
  if (host.endsWith('.invalid') || host.endsWith('.test'))
    return { status: 'failed', httpStatus: null, at, durationMs, message: `Could not resolve ${host}` };
  if (stored.auth.type !== 'none' && !stored.secret)
    return {
      status: 'failed',
      httpStatus: 401,
      at,
      durationMs,
      message: 'The destination refused the request (401)',
    };
  return { status: 'success', httpStatus: 200, at, durationMs, message: 'Delivered 1 batch' };
}

export function maskedHeaders(stored: StoredDestination): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'User-Agent': 'audit-console',
  };
  const mask = '••••••••';
  if (stored.auth.type === 'basic') headers.Authorization = `Basic ${mask}`;
  if (stored.auth.type === 'bearer') headers.Authorization = `Bearer ${mask}`;
  if (stored.auth.type === 'header' && stored.auth.headerName) headers[stored.auth.headerName] = mask;
  return headers;
}
