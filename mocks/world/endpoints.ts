/**
 * The organisation's applications as the proxy sees them (Agilicus audit destinations): the authority a
 * browser asks for, the connector or cloud proxy that answers, and the paths people
 * actually request. Every string is built once here, so a million requests share them.
 */
import type { Organisation } from './organisation';
import { createRandom, deriveSeed, type Random } from './random';
import { WeightedTable } from './weighted';

/** shapes of requests that differ in status mix, size and latency (see http-outcome.ts) */
export type Kind =
  | 'page'
  | 'asset'
  | 'api'
  | 'write'
  | 'delete'
  | 'options'
  | 'head'
  | 'list'
  | 'download'
  | 'upload'
  | 'lock'
  | 'ws'
  | 'export'
  | 'health';

export interface Route {
  readonly method: string;
  readonly path: string;
  readonly kind: Kind;
}

export interface Endpoint {
  readonly clientId: string;
  readonly authority: string;
  /** the connector host (the Agilicus audit-destinations documentation's `ds120`) or the cloud proxy pod */
  readonly hostname: string;
  readonly sourceId: string;
  readonly sourceOrgId: string;
  readonly sourceType: 'agent-connector' | 'cloud';
  readonly upstreams: readonly string[];
  /** `https://<authority>/`, the referrer of everything after the first page */
  readonly referrer: string;
  /** what a visit starts with */
  readonly routes: WeightedTable<Route>;
  /** the same without pages and assets: what SDKs, CLIs and sync agents ask for */
  readonly machineRoutes: WeightedTable<Route>;
  /** what a browser fetches after the first request of a visit */
  readonly follow: readonly Route[];
  /** prefix of the change API (activity stream), or null where changes are not made */
  readonly apiPrefix: string | null;
}

const route = (method: string, path: string, kind: Kind): Route => ({ method, path, kind });
const get = (path: string, kind: Kind = 'page') => route('GET', path, kind);

/** Weights falling off like a Zipf law: a few folders and pages get most of the visits. */
function zipf(routes: readonly Route[], scale = 1): (readonly [Route, number])[] {
  return routes.map((r, i) => [r, scale / (1 + i * 0.6)] as const);
}

const SHARE_DIRS = [
  '/',
  '/Engineering/',
  '/Operations/Shift%20Reports/2026/',
  '/Engineering/Drawings/Plant3/',
  '/tmp/',
  '/Projects/Northfield%20Expansion/',
  '/Safety/Permits/',
  '/Operations/',
  '/IT/Installers/',
  '/Finance/Invoices/',
  '/HR/Policies/',
  '/Engineering/Specs/',
  '/IT/Scripts/',
  '/Safety/',
];
const SHARE_FILES = [
  'shift-log-2026-11-23.xlsx',
  'P3-GEN-004_rev7.dwg',
  'turbine-04-vibration-report.pdf',
  'LOTO-procedure.docx',
  'P%26ID-cooling-loop.pdf',
  'site-map.png',
  'Q3-budget.xlsx',
  'invoice-48213.pdf',
  'agilicus-connector-setup.exe',
  'backup-2026-11-20.tar.gz',
  'hot-work-permit-0412.pdf',
  'meeting-notes.txt',
];

function shareRoutes(): (readonly [Route, number])[] {
  const lists = SHARE_DIRS.map((d) => route('PROPFIND', d, 'list'));
  const files = SHARE_DIRS.slice(1, 9).flatMap((d, i) =>
    SHARE_FILES.filter((_, j) => (i + j) % 3 !== 0).map((f) => `${d}${f}`),
  );
  return [
    ...zipf(lists, 40),
    ...zipf(
      files.map((f) => get(f, 'download')),
      25,
    ),
    ...zipf(
      files.map((f) => route('HEAD', f, 'head')),
      2,
    ),
    ...zipf(
      files.slice(0, 12).map((f) => route('PUT', f, 'upload')),
      6,
    ),
    ...zipf(
      files.slice(0, 8).map((f) => route('LOCK', f, 'lock')),
      2,
    ),
    ...zipf(
      files.slice(0, 8).map((f) => route('UNLOCK', f, 'lock')),
      2,
    ),
    [route('MKCOL', '/tmp/new%20folder/', 'upload'), 1],
    [route('MOVE', '/tmp/meeting-notes.txt', 'upload'), 1],
    [route('DELETE', '/tmp/meeting-notes.txt', 'delete'), 1],
    [route('DELETE', '/tmp/~%24Q3-budget.xlsx', 'delete'), 1],
  ];
}

interface Spec {
  readonly clientId: string;
  readonly authority: string;
  readonly hostname: string;
  readonly org: 'primary' | 'plant3' | 'northfield';
  readonly sourceType: 'agent-connector' | 'cloud';
  readonly upstreams: readonly string[];
  readonly routes: (readonly [Route, number])[];
  readonly follow: readonly Route[];
  readonly apiPrefix?: string;
}

const ASSETS = (base: string) => [
  get(`${base}/main.4f2a1c9e.js`, 'asset'),
  get(`${base}/vendor.91be03d7.js`, 'asset'),
  get(`${base}/main.9b3e0a11.css`, 'asset'),
  get('/favicon.ico', 'asset'),
];

const SPECS: readonly Spec[] = [
  {
    clientId: 'file-share',
    authority: 'share.dunmore-energy.com',
    hostname: 'ds120',
    org: 'primary',
    sourceType: 'agent-connector',
    upstreams: ['127.0.0.1:45819'],
    routes: shareRoutes(),
    follow: [route('PROPFIND', '/', 'list'), route('OPTIONS', '/', 'options')],
  },
  {
    clientId: 'historian',
    authority: 'historian.dunmore-energy.com',
    hostname: 'plant3-conn-01',
    org: 'plant3',
    sourceType: 'agent-connector',
    upstreams: ['10.30.4.21:8080', '10.30.4.22:8080'],
    routes: [
      ...zipf(
        [
          '/api/v1/query?tag=P3.TURB04.GEN.KW&from=now-24h',
          '/api/v1/query?tag=P3.COOL.LOOP1.TEMP&from=now-8h',
          '/api/v1/query?tag=P3.TURB02.VIB.X&from=now-1h',
          '/api/v1/tags?search=TURB',
          '/api/v1/query?tag=P3.SUB2.BUS.KV&from=now-7d',
        ].map((p) => get(p, 'api')),
        30,
      ),
      ...zipf(
        ['/trends', '/trends/P3-TURB04-GEN-KW', '/', '/reports/daily'].map((p) => get(p)),
        12,
      ),
      [route('POST', '/api/v1/query/batch', 'api'), 8],
      [get('/api/v1/export?format=csv&tags=P3.TURB04.GEN.KW&from=now-30d', 'export'), 2],
      [route('POST', '/api/v1/annotations', 'write'), 1],
    ],
    follow: ASSETS('/static/js'),
  },
  {
    clientId: 'scada-viewer',
    authority: 'scada.plant3.dunmore-energy.com',
    hostname: 'plant3-conn-01',
    org: 'plant3',
    sourceType: 'agent-connector',
    upstreams: ['10.30.5.10:443'],
    routes: [
      ...zipf(
        ['/api/points?display=overview', '/api/alarms/active', '/api/points?display=turbine-04'].map((p) =>
          get(p, 'api'),
        ),
        40,
      ),
      ...zipf(
        ['/displays/overview', '/displays/turbine-04', '/displays/cooling-loop', '/'].map((p) => get(p)),
        10,
      ),
      [get('/ws/realtime', 'ws'), 2],
      [route('POST', '/api/alarms/ack', 'write'), 2],
    ],
    follow: ASSETS('/assets'),
  },
  {
    clientId: 'control-room-vnc',
    authority: 'vnc.plant3.dunmore-energy.com',
    hostname: 'plant3-conn-01',
    org: 'plant3',
    sourceType: 'agent-connector',
    upstreams: ['10.30.5.40:5900'],
    routes: [
      [get('/vnc.html'), 10],
      [get('/websockify', 'ws'), 8],
      [get('/'), 3],
    ],
    follow: [get('/core/rfb.js', 'asset'), get('/app/ui.js', 'asset'), get('/app/styles/base.css', 'asset')],
  },
  {
    clientId: 'turbine-dashboard',
    authority: 'turbines.northfield-wind.ca',
    hostname: 'nf-conn-01',
    org: 'northfield',
    sourceType: 'agent-connector',
    upstreams: ['192.168.10.20:3000'],
    routes: [
      ...zipf(
        ['/api/turbines', '/api/turbines/WTG-07/power?window=1h', '/api/weather/met-mast-1'].map((p) =>
          get(p, 'api'),
        ),
        30,
      ),
      ...zipf(
        ['/farm/overview', '/turbines/WTG-07', '/'].map((p) => get(p)),
        10,
      ),
      [get('/export/daily.csv', 'export'), 2],
    ],
    follow: ASSETS('/assets'),
  },
  {
    clientId: 'maintenance-wiki',
    authority: 'wiki.dunmore-energy.com',
    hostname: 'hq-conn-01',
    org: 'primary',
    sourceType: 'agent-connector',
    upstreams: ['10.20.1.15:8080'],
    routes: [
      ...zipf(
        [
          '/wiki/Main_Page',
          '/wiki/Turbine_04_Maintenance',
          '/wiki/LOTO_Procedure',
          '/wiki/Cooling_Loop_Startup',
          '/wiki/Special:Search?search=inverter',
          '/wiki/Inverter_Fault_Codes',
        ].map((p) => get(p)),
        20,
      ),
      [get('/api.php?action=query&list=recentchanges&format=json', 'api'), 4],
      [route('POST', '/index.php?title=Turbine_04_Maintenance&action=submit', 'write'), 2],
      [get('/images/4/4a/P3-cooling.png', 'download'), 2],
    ],
    follow: [
      get('/load.php?modules=startup&only=scripts', 'asset'),
      get('/load.php?modules=site.styles&only=styles', 'asset'),
      get('/favicon.ico', 'asset'),
    ],
  },
  {
    clientId: 'profile',
    authority: 'profile.dunmore-energy.com',
    hostname: 'agilicus-proxy-7d9c6b5f4-kx2lp',
    org: 'primary',
    sourceType: 'cloud',
    upstreams: ['10.20.1.15:8080'],
    routes: [
      [get('/'), 10],
      [get('/api/v1/users/me', 'api'), 8],
      [get('/mfa'), 2],
      [get('/api/v1/users/me/mfa_challenge_methods', 'api'), 2],
      [route('PUT', '/api/v1/users/me', 'write'), 1],
    ],
    follow: ASSETS('/assets'),
  },
  {
    clientId: 'admin-portal',
    authority: 'admin.dunmore-energy.com',
    hostname: 'agilicus-proxy-7d9c6b5f4-kx2lp',
    org: 'primary',
    sourceType: 'cloud',
    upstreams: ['10.20.1.15:8080', '10.20.1.16:8080'],
    routes: [
      ...zipf(
        ['/users', '/applications', '/audit', '/groups', '/connectors', '/'].map((p) => get(p)),
        10,
      ),
      ...zipf(
        [
          '/api/v1/users?limit=500',
          '/api/v1/applications',
          '/api/v1/audits?limit=500',
          '/api/v1/groups',
          '/api/v1/devices',
          '/api/v1/health',
        ].map((p) => get(p, 'api')),
        20,
      ),
    ],
    follow: ASSETS('/assets'),
    apiPrefix: '/api/v1',
  },
  {
    clientId: 'agilicus-cli',
    authority: 'api.dunmore-energy.com',
    hostname: 'agilicus-api-5b8f9c7d6-q7w2m',
    org: 'primary',
    sourceType: 'cloud',
    upstreams: ['10.20.2.10:8080'],
    routes: zipf(
      ['/v1/users/whoami', '/v1/resources', '/v1/applications', '/v1/connectors', '/v1/audits?limit=100'].map(
        (p) => get(p, 'api'),
      ),
      10,
    ),
    follow: [get('/v1/users/whoami', 'api')],
    apiPrefix: '/v1',
  },
  {
    clientId: 'agilicus-launcher',
    authority: 'launcher.dunmore-energy.com',
    hostname: 'agilicus-api-5b8f9c7d6-q7w2m',
    org: 'primary',
    sourceType: 'cloud',
    upstreams: ['10.20.2.10:8080'],
    routes: zipf(
      ['/v1/launchers', '/v1/user_desktop_access_info', '/v1/resources?resource_type=desktop'].map((p) =>
        get(p, 'api'),
      ),
      10,
    ),
    follow: [get('/v1/launchers', 'api')],
  },
];

/** paths that are served without a token and never checked (health checks) */
export const HEALTH_ROUTES: readonly Route[] = [
  get('/healthz', 'health'),
  get('/healthz', 'health'),
  get('/readyz', 'health'),
  get('/.well-known/openid-configuration', 'health'),
  get('/robots.txt', 'health'),
];
export const HEALTH_USER_AGENTS = ['Agilicus-Healthcheck/1.0', 'kube-probe/1.29', 'GoogleHC/1.0'] as const;

/** what an attacker hopes is an unprotected administration page */
export const ADMIN_PROBES: readonly Route[] = [
  '/admin',
  '/admin/',
  '/admin/login',
  '/admin/config.php',
  '/administrator/index.php',
  '/wp-admin/',
  '/api/v1/admin/users',
  '/api/v1/users?role=owner',
  '/actuator/env',
  '/console/',
  '/phpmyadmin/',
  '/server-status',
  '/manager/html',
  '/.env',
].map((p) => get(p));

export const TRAVERSAL_PROBES: readonly Route[] = [
  '/../../etc/passwd',
  '/..%2f..%2f..%2fetc%2fpasswd',
  '/%2e%2e/%2e%2e/%2e%2e/etc/shadow',
  '/static/../../../../etc/passwd',
  '/files/..%5c..%5c..%5cwindows%5cwin.ini',
  '/cgi-bin/.%2e/.%2e/.%2e/.%2e/bin/sh',
  '/download?file=../../../../etc/passwd',
  '/search?q=<script>alert(1)</script>',
].map((p) => get(p));

/** background noise of internet-wide scanners */
export const SCANNER_PROBES: readonly Route[] = [
  '/.git/config',
  '/wp-login.php',
  '/.env',
  '/cgi-bin/luci',
  '/HNAP1/',
  '/boaform/admin/formLogin',
  '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php',
  '/owa/auth/logon.aspx',
  '/remote/login',
  '/Autodiscover/Autodiscover.xml',
  '/.DS_Store',
  '/',
].map((p) => get(p));

const BROWSER_ONLY = new Set<Kind>(['page', 'asset', 'ws']);

export interface Endpoints {
  readonly all: readonly Endpoint[];
  byClient(clientId: string): Endpoint | undefined;
  /** cloud addresses of the provider's health checkers */
  readonly monitorIps: readonly string[];
}

export function createEndpoints(org: Organisation, seed: number): Endpoints {
  const rng: Random = createRandom(deriveSeed(seed, 'endpoints'));
  const orgs = { primary: org.orgs[0], plant3: org.orgs[1], northfield: org.orgs[2] };
  // one source id per connector or proxy, shared by the applications it serves
  const sources = new Map<string, string>();
  const all = SPECS.map((s): Endpoint => {
    const machine = s.routes.filter(([r]) => !BROWSER_ONLY.has(r.kind));
    let sourceId = sources.get(s.hostname);
    if (sourceId === undefined) {
      sourceId = rng.id();
      sources.set(s.hostname, sourceId);
    }
    return {
      clientId: s.clientId,
      authority: s.authority,
      hostname: s.hostname,
      sourceId,
      sourceOrgId: (orgs[s.org] ?? org.primary).id,
      sourceType: s.sourceType,
      upstreams: s.upstreams,
      referrer: `https://${s.authority}/`,
      routes: new WeightedTable(s.routes),
      machineRoutes: new WeightedTable(machine.length > 0 ? machine : s.routes),
      follow: s.follow,
      apiPrefix: s.apiPrefix ?? null,
    };
  });
  const byClient = new Map(all.map((e) => [e.clientId, e]));
  const monitorIps = ['35.203', '34.95', '34.118'].map(
    (p) => `${p}.${String(rng.int(0, 255))}.${String(rng.int(1, 254))}`,
  );
  return { all, byClient: (id) => byClient.get(id), monitorIps };
}
