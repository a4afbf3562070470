import { deliverySchema, type Delivery } from '../../src/api/schemas/destinations';
import { documentStore } from './documents';

/**
 * The last delivery result of each destination. Kept apart from the destination itself: a
 * delivery is not a change of its settings, so it must not change the destination's ETag
 * (sending a test event from an open form would otherwise make its Save a conflict).
 */
interface StoredDelivery {
  id: string;
  delivery: Delivery;
}

const isStored = (value: unknown): value is StoredDelivery =>
  typeof value === 'object' &&
  value !== null &&
  'id' in value &&
  'delivery' in value &&
  deliverySchema.safeParse(value.delivery).success;

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

export const deliveries = documentStore<StoredDelivery>('audit-console.mock.deliveries', isStored, () => [
  {
    id: 'dst-splunk-hec',
    delivery: {
      status: 'success',
      httpStatus: 200,
      at: ago(120_000),
      durationMs: 84,
      message: 'Delivered 1 batch',
    },
  },
  {
    id: 'dst-sentinel',
    delivery: {
      status: 'failed',
      httpStatus: 401,
      at: ago(3 * 86_400_000),
      durationMs: 212,
      message: 'The destination refused the credentials (401)',
    },
  },
]);
