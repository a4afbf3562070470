import { z } from 'zod';
import { destinationSchema, type Delivery, type Destination } from '../../src/api/schemas/destinations';
import { documentStore } from './documents';

/** A destination as a store keeps it: with its secret, which no response ever carries. */
const storedSchema = destinationSchema
  .omit({ etag: true, lastDelivery: true })
  .extend({ secret: z.string().nullable() });
export type StoredDestination = z.infer<typeof storedSchema>;

const isStored = (value: unknown): value is StoredDestination => storedSchema.safeParse(value).success;

/** `initial`: the destinations a store starts with (the demo's own; none for a new store). */
export const destinationDocuments = (initial: () => StoredDestination[] = () => []) =>
  documentStore('audit-console.mock.destinations', isStored, initial);

/**
 * What the API may show of a destination: an allowlist of its fields, so that a secret (or
 * any field added to the store later) is never returned by accident. Its last delivery is
 * kept apart (see deliveries.ts) and passed in.
 */
export function publicDestination(
  stored: StoredDestination,
  etag: string,
  lastDelivery: Delivery | null,
): Destination {
  return {
    id: stored.id,
    name: stored.name,
    type: stored.type,
    url: stored.url,
    path: stored.path,
    recordTypes: stored.recordTypes,
    connectorToCloud: stored.connectorToCloud,
    enabled: stored.enabled,
    auth: { type: stored.auth.type, username: stored.auth.username, headerName: stored.auth.headerName },
    secretSet: stored.secretSet,
    secretUpdatedAt: stored.secretUpdatedAt,
    lastDelivery,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    etag,
  };
}
