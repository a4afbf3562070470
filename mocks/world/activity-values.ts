/**
 * Before/after objects of the activity stream: authentik models (authentik's
 * model_created/updated/deleted with nested fields, arrays, type changes and secrets) and
 * the Ardexa objects the Ardexa audit-logs documentation records in full (workgroup settings, lookup tables, device
 * groups, alerts, agent configs). Each builder returns plain JSON so the diff is honest.
 */
import { sameJson, type Json, type JsonObject } from '../../server/engine/changes';
import type { HumanUser } from './organisation';
import type { Random } from './random';
import type { Device, Workgroup } from './workgroups';

type Mutation = (rng: Random, value: JsonObject) => JsonObject;

/** Applies one to three of `mutations`; authentik also logs saves that changed nothing. */
function mutate(rng: Random, value: JsonObject, mutations: readonly Mutation[]): JsonObject {
  if (rng.chance(0.04)) return value;
  let next = value;
  const n = rng.weighted([
    [1, 6],
    [2, 3],
    [3, 1],
  ] as const);
  for (let i = 0; i < n; i++) next = rng.pick(mutations)(rng, next);
  return next;
}

const HEX = '0123456789abcdef';
const secret = (rng: Random, length = 40) => rng.id(length);
const isoDay = (rng: Random, now: number, backDays: number) =>
  new Date(now - rng.int(0, backDays) * 86_400_000 - rng.int(0, 86_399_999)).toISOString();

const GROUP_NAMES = [
  'plant3-operators',
  'plant3-engineers',
  'northfield-field',
  'it-admins',
  'historian-readers',
  'scada-viewers',
  'contractors-ridgeline',
  'wiki-editors',
  'file-share-finance',
  'vnc-control-room',
] as const;

export function authentikUser(rng: Random, person: HumanUser, pk: number, now: number): JsonObject {
  const at = person.email.indexOf('@');
  return {
    pk,
    username: person.email.slice(0, at),
    name: person.name,
    email: person.email,
    is_active: true,
    last_login: rng.chance(0.2) ? null : isoDay(rng, now, 20),
    date_joined: isoDay(rng, now, 900),
    type: person.site === 'contractor' ? 'external' : 'internal',
    path: 'users',
    groups: GROUP_NAMES.filter(() => rng.chance(0.25)),
    attributes: {
      settings: { theme: 'automatic', locale: rng.pick(['en', 'en', 'fr', '']) },
      employee_number: String(rng.int(1000, 4999)),
      phone: rng.chance(0.5) ? null : `+1 613 555 ${String(rng.int(1000, 9999))}`,
      site: person.site,
    },
    password: `pbkdf2_sha256$720000$${secret(rng, 22)}$${secret(rng, 43)}=`,
    password_change_date: isoDay(rng, now, 200),
  };
}

const USER_MUTATIONS: readonly Mutation[] = [
  (rng, u) => ({
    ...u,
    email: `${String(u.username)}.${rng.pick(['old', 'alt', 'ops'])}@dunmore-energy.com`,
  }),
  (rng, u) => ({ ...u, attributes: withSetting(u.attributes, 'theme', rng.pick(['dark', 'light'])) }),
  (rng, u) => ({ ...u, attributes: withSetting(u.attributes, 'locale', rng.pick(['fr', 'en-CA'])) }),
  (rng, u) => ({ ...u, groups: toggle(u.groups, rng.pick(GROUP_NAMES)) }),
  (_, u) => ({ ...u, is_active: !u.is_active }),
  // the HR import writes numbers where the form wrote strings
  (_, u) => ({
    ...u,
    attributes: {
      ...asObject(u.attributes),
      employee_number: Number(field(u.attributes, 'employee_number')) || 0,
    },
  }),
  (rng, u) => ({
    ...u,
    last_login: new Date(Date.UTC(2026, 10, rng.int(1, 23), rng.int(6, 18))).toISOString(),
  }),
  (rng, u) => ({
    ...u,
    password: `pbkdf2_sha256$720000$${secret(rng, 22)}$${secret(rng, 43)}=`,
    password_change_date: new Date(Date.UTC(2026, 10, rng.int(1, 23))).toISOString(),
  }),
  (rng, u) => ({
    ...u,
    attributes: { ...asObject(u.attributes), phone: `+1 613 555 ${String(rng.int(1000, 9999))}` },
  }),
];

export function updateUser(rng: Random, user: JsonObject): JsonObject {
  return mutate(rng, user, USER_MUTATIONS);
}

function asObject(value: Json | undefined): JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
}

function field(value: Json | undefined, key: string): Json | undefined {
  return asObject(value)[key];
}

function withSetting(attributes: Json | undefined, key: string, value: Json): JsonObject {
  const a = asObject(attributes);
  return { ...a, settings: { ...asObject(a.settings), [key]: value } };
}

function toggle(list: Json | undefined, item: string): Json[] {
  const items = Array.isArray(list) ? (list as readonly Json[]) : [];
  return items.includes(item) ? items.filter((x) => x !== item) : [...items, item];
}

function uuidHex(rng: Random): string {
  return rng.id(32, HEX);
}

export function authentikGroup(rng: Random, people: readonly HumanUser[]): JsonObject {
  return {
    pk: rng.uuid(),
    name: rng.pick(GROUP_NAMES),
    is_superuser: false,
    parent: null,
    users: people.filter(() => rng.chance(0.15)).map((_, i) => 1000 + i * 7),
    roles: [],
    attributes: { notes: 'Synced from Azure AD', max_session_hours: '8' },
  };
}

const GROUP_MUTATIONS: readonly Mutation[] = [
  (rng, g) => ({ ...g, users: [...(g.users as readonly Json[]), 1000 + rng.int(0, 60) * 7] }),
  (_, g) => ({ ...g, users: (g.users as readonly Json[]).slice(1) }),
  (_, g) => ({ ...g, is_superuser: !g.is_superuser }),
  (_, g) => ({ ...g, attributes: { ...asObject(g.attributes), max_session_hours: 8 } }),
  (rng, g) => ({ ...g, parent: { pk: rng.uuid(), name: 'all-staff' } }),
  (rng, g) => ({ ...g, roles: [`role-${rng.id(6, HEX)}`] }),
];

export function updateGroup(rng: Random, group: JsonObject): JsonObject {
  return mutate(rng, group, GROUP_MUTATIONS);
}

const APPLICATIONS = [
  ['Historian', 'historian', 'https://historian.dunmore-energy.com/'],
  ['SCADA Viewer', 'scada-viewer', 'https://scada.plant3.dunmore-energy.com/'],
  ['Maintenance Wiki', 'maintenance-wiki', 'https://wiki.dunmore-energy.com/'],
  ['File Share', 'file-share', 'https://share.dunmore-energy.com/'],
  ['Turbine Dashboard', 'turbine-dashboard', 'https://turbines.northfield-wind.ca/'],
] as const;

export function authentikApplication(rng: Random): JsonObject {
  const [name, slug, url] = rng.pick(APPLICATIONS);
  return {
    pk: rng.uuid(),
    name,
    slug,
    provider: rng.int(1, 40),
    group: '',
    open_in_new_tab: false,
    meta_launch_url: url,
    meta_description: `${name} for operations staff`,
    policy_engine_mode: 'any',
    meta: {
      icon: null,
      integration: { vendor: rng.pick(['aveva', 'inductive', 'osisoft']), api_key: secret(rng) },
    },
  };
}

const APPLICATION_MUTATIONS: readonly Mutation[] = [
  (_, a) => ({ ...a, meta_launch_url: `${String(a.meta_launch_url)}dashboard` }),
  (rng, a) => ({ ...a, provider: rng.int(41, 80) }),
  (_, a) => ({ ...a, policy_engine_mode: a.policy_engine_mode === 'any' ? 'all' : 'any' }),
  (rng, a) => ({
    ...a,
    meta: {
      ...asObject(a.meta),
      integration: { ...asObject(field(a.meta, 'integration')), api_key: secret(rng) },
    },
  }),
  (_, a) => ({ ...a, open_in_new_tab: !a.open_in_new_tab }),
  (_, a) => ({ ...a, meta: { ...asObject(a.meta), icon: '/media/public/application-icons/plant.svg' } }),
];

export function updateApplication(rng: Random, app: JsonObject): JsonObject {
  return mutate(rng, app, APPLICATION_MUTATIONS);
}

export function oauthProvider(rng: Random): JsonObject {
  const [name, slug, url] = rng.pick(APPLICATIONS);
  return {
    pk: rng.int(1, 40),
    name: `${name} OIDC`,
    authorization_flow: uuidHex(rng),
    client_type: 'confidential',
    client_id: secret(rng),
    client_secret: secret(rng, 128),
    redirect_uris: [`${url}oauth2/callback`],
    access_token_validity: 'minutes=60',
    refresh_token_validity: 'days=30',
    include_claims_in_id_token: true,
    property_mappings: [uuidHex(rng), uuidHex(rng)],
    signing_key: rng.chance(0.3) ? null : rng.uuid(),
    outgoing_headers: { authorization: `Bearer ${secret(rng, 48)}`, 'x-client': slug },
  };
}

const PROVIDER_MUTATIONS: readonly Mutation[] = [
  (_, p) => ({
    ...p,
    redirect_uris: [...(p.redirect_uris as readonly Json[]), 'https://localhost:8443/oauth2/callback'],
  }),
  (rng, p) => ({ ...p, client_secret: secret(rng, 128) }),
  (rng, p) => ({ ...p, access_token_validity: rng.pick(['minutes=15', 'hours=8', 'minutes=5']) }),
  (rng, p) => ({ ...p, signing_key: p.signing_key === null ? rng.uuid() : null }),
  (rng, p) => ({
    ...p,
    outgoing_headers: { ...asObject(p.outgoing_headers), authorization: `Bearer ${secret(rng, 48)}` },
  }),
  (_, p) => ({ ...p, include_claims_in_id_token: !p.include_claims_in_id_token }),
];

export function updateProvider(rng: Random, provider: JsonObject): JsonObject {
  return mutate(rng, provider, PROVIDER_MUTATIONS);
}

export function apiToken(rng: Random, person: HumanUser, now: number): JsonObject {
  const at = person.email.indexOf('@');
  return {
    pk: rng.uuid(),
    identifier: `${person.email.slice(0, at)}-${rng.pick(['ci', 'grafana', 'backup', 'export'])}`,
    intent: rng.pick(['api', 'api', 'app_password']),
    user: { pk: rng.int(1000, 1500), username: person.email.slice(0, at) },
    description: rng.pick(['CI deploys', 'Grafana datasource', 'nightly export', '']),
    expires: new Date(now + rng.int(1, 365) * 86_400_000).toISOString(),
    expiring: true,
    token: secret(rng, 60),
  };
}

const TOKEN_MUTATIONS: readonly Mutation[] = [
  (rng, t) => ({ ...t, token: secret(rng, 60) }),
  (_, t) => ({ ...t, expiring: !t.expiring, expires: t.expiring ? null : (t.expires ?? null) }),
  (rng, t) => ({ ...t, description: rng.pick(['rotated', 'CI deploys (prod)', 'temporary']) }),
  (rng, t) => ({ ...t, expires: new Date(Date.UTC(2027, rng.int(0, 11), rng.int(1, 28))).toISOString() }),
];

export function updateToken(rng: Random, token: JsonObject): JsonObject {
  return mutate(rng, token, TOKEN_MUTATIONS);
}

/** settings of a workgroup; `attribute` of a change is the top-level key it touched */
export function workgroupSettings(rng: Random, wg: Workgroup): JsonObject {
  return {
    name: wg.name,
    timezone: rng.pick(['America/Toronto', 'America/Halifax', 'UTC']),
    data_retention_days: rng.pick([90, 365, 730]),
    alert_email: `ops-${wg.id.slice(3)}@dunmore-energy.com`,
    mfa_required: rng.chance(0.7),
    dashboards: { default: 'overview', refresh_seconds: 30, pinned: ['overview'] },
    api_access: { enabled: true, api_key: secret(rng, 32) },
  };
}

const SETTING_MUTATIONS: readonly Mutation[] = [
  (rng, s) => ({ ...s, timezone: rng.pick(['America/Toronto', 'America/Vancouver', 'UTC', 'Europe/Oslo']) }),
  (_, s) => ({ ...s, data_retention_days: s.data_retention_days === 365 ? 730 : 365 }),
  (rng, s) => ({ ...s, alert_email: `${rng.pick(['noc', 'shift-lead', 'ops'])}@dunmore-energy.com` }),
  (_, s) => ({ ...s, mfa_required: !s.mfa_required }),
  (rng, s) => ({
    ...s,
    dashboards: { ...asObject(s.dashboards), refresh_seconds: rng.pick([10, 15, 60, '30']) },
  }),
  (rng, s) => ({
    ...s,
    dashboards: { ...asObject(s.dashboards), default: rng.pick(['alarms', 'production']) },
  }),
  (rng, s) => ({ ...s, api_access: { ...asObject(s.api_access), api_key: secret(rng, 32) } }),
];

export function updateSettings(rng: Random, settings: JsonObject): JsonObject {
  // a settings form saves one field at a time, so `attribute` names it
  for (;;) {
    const next = rng.pick(SETTING_MUTATIONS)(rng, settings);
    if (!sameJson(next, settings)) return next;
  }
}

const TAG_PARTS = ['GEN.KW', 'GEN.KVAR', 'VIB.X', 'VIB.Y', 'BRG.TEMP', 'OIL.PRESS', 'WIND.SPD', 'PITCH.DEG'];
const UNITS = ['kW', 'kvar', 'mm/s', 'mm/s', '°C', 'bar', 'm/s', '°'];

function tagRow(rng: Random, devices: readonly Device[], i: number): JsonObject {
  const part = i % TAG_PARTS.length;
  const device = devices.length > 0 ? (devices[i % devices.length]?.name ?? 'unit') : 'unit';
  return {
    tag: `${device.toUpperCase()}.${TAG_PARTS[part] ?? 'X'}`,
    description: `${device} ${(TAG_PARTS[part] ?? 'X').toLowerCase()}`,
    unit: UNITS[part] ?? '',
    scale: rng.pick([1, 0.1, 0.01, 10]),
    register: 40001 + i,
    enabled: rng.chance(0.95),
  };
}

export function lookupTable(rng: Random, wg: Workgroup, rows: number, name?: string): JsonObject {
  const list: JsonObject[] = [];
  for (let i = 0; i < rows; i++) list.push(tagRow(rng, wg.devices, i));
  return {
    id: `lt-${rng.id(8, HEX)}`,
    name: name ?? rng.pick(['modbus-register-map', 'tag-aliases', 'alarm-thresholds', 'unit-conversions']),
    columns: ['tag', 'description', 'unit', 'scale', 'register', 'enabled'],
    rows: list,
    row_count: rows,
  };
}

const TABLE_MUTATIONS: readonly Mutation[] = [
  (rng, t) => {
    const rows = [...(t.rows as readonly Json[])];
    const i = rng.int(0, Math.max(0, rows.length - 1));
    rows[i] = { ...asObject(rows[i]), scale: rng.pick([1, 0.1, 0.01, 100]) };
    return { ...t, rows };
  },
  (rng, t) => {
    const rows = [...(t.rows as readonly Json[]), tagRow(rng, [], rng.int(100, 999))];
    return { ...t, rows, row_count: rows.length };
  },
  (rng, t) => ({ ...t, name: `${String(t.name)}-${rng.pick(['v2', 'new', 'copy'])}` }),
  (_, t) => ({ ...t, columns: [...(t.columns as readonly Json[]), 'comment'] }),
];

export function updateTable(rng: Random, table: JsonObject): JsonObject {
  return mutate(rng, table, TABLE_MUTATIONS);
}

export function deviceGroup(rng: Random, wg: Workgroup): JsonObject {
  return {
    id: `dg-${rng.id(8, HEX)}`,
    name: rng.pick(['all inverters', 'turbines', 'substation RTUs', 'critical', 'firmware 4.2']),
    description: `${wg.name} devices`,
    devices: wg.devices.filter(() => rng.chance(0.3)).map((d) => d.name),
    tags: { site: wg.id.slice(3), critical: rng.chance(0.3) },
  };
}

const DEVICE_GROUP_MUTATIONS: readonly Mutation[] = [
  (_, g) => ({ ...g, devices: (g.devices as readonly Json[]).slice(1) }),
  (rng, g) => ({
    ...g,
    devices: [...(g.devices as readonly Json[]), `inverter-${String(rng.int(1, 24)).padStart(2, '0')}`],
  }),
  (rng, g) => ({ ...g, name: rng.pick(['all inverters (2026)', 'turbines – north row', 'decommissioned']) }),
  (_, g) => ({ ...g, tags: { ...asObject(g.tags), critical: !field(g.tags, 'critical') } }),
];

export function updateDeviceGroup(rng: Random, group: JsonObject): JsonObject {
  return mutate(rng, group, DEVICE_GROUP_MUTATIONS);
}

export function alertRule(rng: Random, wg: Workgroup, name: string): JsonObject {
  const device = wg.devices.length > 0 ? rng.pick(wg.devices).name : null;
  return {
    id: `al-${rng.id(8, HEX)}`,
    name,
    enabled: true,
    severity: rng.pick(['critical', 'major', 'minor']),
    condition: {
      tag: `${(device ?? 'site').toUpperCase()}.${rng.pick(TAG_PARTS)}`,
      operator: rng.pick(['>', '<', '>=']),
      threshold: rng.pick([85, 90, 0.5, 1200]),
      duration_s: rng.pick([60, 300, 900]),
    },
    notify: { emails: [`ops-${wg.id.slice(3)}@dunmore-energy.com`], sms: rng.chance(0.3) },
    devices: device ? [device] : [],
  };
}

const ALERT_MUTATIONS: readonly Mutation[] = [
  (rng, a) => ({ ...a, condition: { ...asObject(a.condition), threshold: rng.pick([80, 95, 0.8, 1500]) } }),
  (_, a) => ({ ...a, enabled: !a.enabled }),
  (rng, a) => ({ ...a, severity: rng.pick(['critical', 'major', 'minor', 'warning']) }),
  (rng, a) => ({
    ...a,
    notify: {
      ...asObject(a.notify),
      emails: [
        ...(field(a.notify, 'emails') as readonly Json[]),
        `${rng.pick(['shift-lead', 'noc'])}@dunmore-energy.com`,
      ],
    },
  }),
  (_, a) => ({ ...a, notify: { ...asObject(a.notify), sms: !field(a.notify, 'sms') } }),
  (rng, a) => ({ ...a, condition: { ...asObject(a.condition), duration_s: String(rng.pick([60, 120])) } }),
];

export function updateAlert(rng: Random, alert: JsonObject): JsonObject {
  return mutate(rng, alert, ALERT_MUTATIONS);
}

export function agentConfig(rng: Random, device: Device): JsonObject {
  return {
    device: device.name,
    agent: {
      version: rng.pick(['4.2.1', '4.2.3', '4.3.0']),
      log_level: rng.pick(['info', 'debug']),
      upload_interval_s: rng.pick([30, 60, 300]),
    },
    plugins: ['modbus-tcp', 'sunspec', ...(rng.chance(0.4) ? ['dnp3'] : [])],
    modbus: {
      host: `10.30.5.${String(rng.int(10, 99))}`,
      port: 502,
      unit_id: rng.int(1, 8),
      poll_ms: rng.pick([500, 1000, 5000]),
    },
    mqtt: { broker: 'mqtts://broker.dunmore-energy.com:8883', password: secret(rng, 24) },
  };
}

export const PLUGINS = [
  'modbus-tcp',
  'sunspec',
  'dnp3',
  'opc-ua-client',
  'iec-61850',
  'snmp-poller',
] as const;

/**
 * Saved search names. The hostile ones stay inert only if the console escapes them: markup,
 * right-to-left text, emoji and spreadsheet formulas that a CSV export must neutralise.
 */
export const HOSTILE = {
  html: '<img src=x onerror=alert(1)>',
  rtl: 'تقرير الإنتاج اليومي',
  emoji: '🔥 Turbine 04 overheats 🌡️',
  formulas: ['=HYPERLINK("http://evil")', '+1 trips overnight', '-2 kW drift', '@SUM(1)'],
} as const;

export const SEARCH_NAMES: readonly string[] = [
  'Daily production',
  'Inverter faults last 24h',
  'Turbine 04 vibration',
  'Failed logins',
  'Substation voltage',
  'Shift handover',
  'Weekly availability',
  'Alarms by severity',
  HOSTILE.rtl,
  HOSTILE.emoji,
  ...HOSTILE.formulas,
];

export const FILES = [
  'firmware-4.3.0.bin',
  'interfaces',
  'modbus-map.csv',
  'agent.log',
  'ca-bundle.pem',
  'diagnostics-2026-11.tar.gz',
] as const;

/** The lookup table import that makes a record about a megabyte of JSON. */
export function largeLookupTable(rng: Random, wg: Workgroup, rows: number): JsonObject {
  return lookupTable(rng, wg, rows, 'historian-tag-import');
}
