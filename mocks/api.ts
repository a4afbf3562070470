import { createApi } from '../server/api/createApi';
import { demoResetRoutes } from './demoReset';
import { demoFingerprint } from './fingerprintKey';
import { demoIdentity } from './identity';
import { store } from './store';

/** The server's HTTP API over the demo's store, as the demo's user, with the demo's reset. */
export const api = createApi({ store, identity: demoIdentity, fingerprint: demoFingerprint });
api.route('/', demoResetRoutes(store, demoIdentity));
