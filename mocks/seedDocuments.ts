/**
 * The settings documents the demo's store starts with (and goes back to on "Reset demo data"):
 * the organisation's destinations, their last deliveries and two saved searches. A new store
 * of the engine starts with none. `--demo` stores the same ones in a server's empty store
 * (loadDemoWorld.ts). Times are relative to `now`, so that the two can be made alike in tests.
 */
import type { StoredDelivery } from '../server/engine/deliveries';
import type { StoredDestination } from '../server/engine/destinations';
import type { StoredSavedSearch } from '../server/engine/savedSearches';
import { DEMO_USER } from './identity';

const day = 86_400_000;
const before = (now: number, ms: number) => new Date(now - ms).toISOString();

/** Where the demo organisation already sends its records. */
export function demoDestinations(now = Date.now()): StoredDestination[] {
  const ago = (ms: number) => before(now, ms);
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

/** The last delivery to two of them: the list shows one success and one failure. */
export function demoDeliveries(now = Date.now()): StoredDelivery[] {
  const ago = (ms: number) => before(now, ms);
  return [
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
        at: ago(3 * day),
        durationMs: 212,
        message: 'The destination refused the credentials (401)',
      },
    },
  ];
}

/** Searches the demo user saved a week ago. */
export function demoSavedSearches(now = Date.now()): StoredSavedSearch[] {
  const at = before(now, 7 * day);
  const base = { createdBy: DEMO_USER.email, createdAt: at, updatedAt: at };
  return [
    {
      ...base,
      id: 'ss-failed-mfa',
      name: 'MFA stages that did not succeed',
      stream: 'authentication',
      search: { q: 'stage:mfa -event:success', from: 'now-7d', to: null, sort: '-time' },
    },
    {
      ...base,
      id: 'ss-denied',
      name: 'Denied requests',
      stream: 'authorisation',
      search: { q: 'allowed:false', from: 'now-24h', to: null, sort: '-time' },
    },
  ];
}
