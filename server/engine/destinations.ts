import { z } from 'zod';
import { destinationSchema, type Delivery, type Destination } from '../../src/api/schemas/destinations';
import { documentStore } from './documents';

/** A destination as the mock keeps it: with its secret, which no response ever carries. */
const storedSchema = destinationSchema
  .omit({ etag: true, lastDelivery: true })
  .extend({ secret: z.string().nullable() });
export type StoredDestination = z.infer<typeof storedSchema>;

const isStored = (value: unknown): value is StoredDestination => storedSchema.safeParse(value).success;

const day = 86_400_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

function initial(): StoredDestination[] {
  const base = { createdAt: ago(90 * day), updatedAt: ago(12 * day), secretUpdatedAt: null };
  return [
    {
      ...base,
      id: 'dst-splunk-hec',
      name: 'Splunk HEC (SOC)',
      type: 'webhook',
      url: 'https://splunk.dunmore-energy.com:8088/services/collector/raw',
      path: null,
      recordTypes: ['authentication', 'authorisation', 'access', 'activity'],
      connectorToCloud: { access: false, authorisation: false },
      enabled: true,
      auth: { type: 'bearer', username: null, headerName: null },
      secret: 'hec-3f9a1c7e-demo-token',
      secretSet: true,
      secretUpdatedAt: ago(40 * day),
    },
    {
      ...base,
      id: 'dst-connector-ds120',
      name: 'Connector ds120 file',
      type: 'file',
      url: null,
      path: '/var/log/agilicus/audit.json',
      recordTypes: ['access', 'authorisation'],
      connectorToCloud: { access: true, authorisation: true },
      enabled: true,
      auth: { type: 'none', username: null, headerName: null },
      secret: null,
      secretSet: false,
    },
    {
      ...base,
      id: 'dst-sentinel',
      name: 'Sentinel (paused)',
      type: 'webhook',
      url: 'https://ingest.sentinel.dunmore-energy.com/api/logs',
      path: null,
      recordTypes: ['authentication'],
      connectorToCloud: { access: false, authorisation: false },
      enabled: false,
      auth: { type: 'header', username: null, headerName: 'X-Api-Key' },
      secret: 'sentinel-demo-key-5521',
      secretSet: true,
      secretUpdatedAt: ago(60 * day),
    },
  ];
}

export const destinationDocuments = () => documentStore('audit-console.mock.destinations', isStored, initial);

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
