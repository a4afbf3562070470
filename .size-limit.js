// Budget B4 (README, Performance): the first route's initial JavaScript, gzip. Needs a build first.
import { firstRouteFiles, LANDING_ROUTE } from './bench/bundle.mjs';

export default [
  {
    name: `initial JS of the landing route (${LANDING_ROUTE})`,
    path: firstRouteFiles(),
    limit: '250 kB',
    gzip: true,
  },
];
