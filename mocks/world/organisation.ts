/**
 * The simulated customer every mock audit stream describes. Streams share one instance
 * shape (same users, apps and addresses) so records can be correlated across streams;
 * all strings are built once here and reused by reference in generated records.
 */
import { createRandom, deriveSeed, type Random } from './random';
import {
  APPS_BY_DEPARTMENT,
  ATTACKER_IPV4_PREFIXES,
  ATTACKER_USER_AGENTS,
  CLI_USER_AGENTS,
  CLOUD_IPV4_PREFIXES,
  CLOUD_IPV6_PREFIXES,
  DESKTOP_USER_AGENTS,
  GUESSED_MAILBOXES,
  HOME_IPV4_PREFIXES,
  HOME_IPV6_PREFIXES,
  IDPS_BY_SITE,
  LAUNCHER_USER_AGENTS,
  MOBILE_USER_AGENTS,
  NORTHFIELD_SWAP,
  ROSTER,
  SERVICE_ACCOUNTS,
  type Department,
  type Site,
} from './roster';

export type { Department, Site } from './roster';

export interface OrgUnit {
  readonly id: string;
  readonly name: string;
}

export interface Issuer {
  readonly url: string;
  readonly org: OrgUnit;
}

export interface IdentityProvider {
  /** the `upstream_idp` value */
  readonly name: string;
  /** federated providers redirect (`upstream_login`); `local` checks a password here */
  readonly federated: boolean;
}

export interface Application {
  readonly clientId: string;
  /** null for clients that are not an application (the CLI) */
  readonly name: string | null;
  readonly org: OrgUnit | null;
  readonly requiresMfa: boolean;
  /** clients that are not browsers present their own user agent */
  readonly userAgents: readonly string[] | null;
}

/** What an authentication record needs to know about whoever logs in. */
export interface Principal {
  readonly id: string;
  readonly email: string;
  readonly upstreamUserId: string | null;
  readonly idp: IdentityProvider | null;
  readonly org: OrgUnit;
  readonly issuer: Issuer;
}

export interface HumanUser extends Principal {
  readonly kind: 'human';
  readonly name: string;
  readonly site: Site;
  readonly department: Department;
  readonly idp: IdentityProvider;
  readonly mfa: boolean;
  /** egress address of the user's site, null for people who only work remotely */
  readonly officeIp: string | null;
  readonly homeIps: readonly string[];
  readonly desktopUserAgent: string;
  readonly mobileUserAgent: string | null;
  /** an address the user sometimes mistypes */
  readonly typoEmail: string;
  readonly applications: readonly (readonly [Application, number])[];
  /** relative share of logins */
  readonly activity: number;
}

export interface ServiceAccount extends Principal {
  readonly kind: 'service';
  readonly name: string;
  readonly idp: null;
  readonly upstreamUserId: null;
  readonly application: Application;
  readonly userAgent: string;
  readonly sourceIps: readonly string[];
  /** runs in a nightly window rather than around the clock */
  readonly nightly: boolean;
}

export interface Organisation {
  readonly primary: OrgUnit;
  readonly orgs: readonly OrgUnit[];
  readonly domains: readonly string[];
  /** local time of the sites, for working-hours rhythms */
  readonly utcOffsetMinutes: number;
  readonly issuers: readonly Issuer[];
  readonly identityProviders: readonly IdentityProvider[];
  readonly applications: readonly Application[];
  readonly users: readonly HumanUser[];
  readonly serviceAccounts: readonly ServiceAccount[];
  readonly attackerIps: readonly string[];
  readonly attackerUserAgents: readonly string[];
  /** addresses that belong to nobody, as tried by credential stuffers */
  readonly guessedEmails: readonly string[];
  /** hostile-looking values that must render inert */
  readonly probes: {
    readonly htmlUserAgent: string;
    readonly longUserAgent: string;
    readonly htmlEmail: string;
  };
}

const DOMAIN = 'dunmore-energy.com';
const NORTHFIELD_DOMAIN = 'northfield-wind.ca';
const CONTRACTOR_DOMAIN = 'ridgeline-controls.com';

const IDP = {
  google: { name: 'google', federated: true },
  azure: { name: 'azure-ad', federated: true },
  okta: { name: 'okta', federated: true },
  onsite: { name: 'Onsite Identity', federated: true },
  apple: { name: 'apple', federated: true },
  local: { name: 'local', federated: false },
} as const satisfies Record<string, IdentityProvider>;

function idpNamed(name: string): IdentityProvider {
  const found = Object.values(IDP).find((idp) => idp.name === name);
  if (!found) throw new Error(`unknown identity provider ${name}`);
  return found;
}

function ipv4(rng: Random, prefix: string): string {
  const octets = prefix.split('.').length;
  let ip = prefix;
  for (let i = octets; i < 4; i++) ip += `.${String(i === 3 ? rng.int(1, 254) : rng.int(0, 255))}`;
  return ip;
}

function ipv6(rng: Random, prefix: string): string {
  let ip = prefix;
  for (let i = 0; i < 6; i++) ip += `:${rng.int(0, 0xffff).toString(16)}`;
  return ip;
}

function upstreamUserId(rng: Random, idp: IdentityProvider, rid: number): string | null {
  // some providers (or their configuration) do not report a subject
  if (!idp.federated || rng.chance(0.08)) return null;
  switch (idp.name) {
    case 'google':
      return `1${rng.id(20, '0123456789')}`;
    case 'azure-ad':
      return rng.uuid();
    case 'okta':
      return `00u${rng.id(17)}`;
    case 'apple':
      return `${rng.id(6, '0123456789')}.${rng.id(32, '0123456789abcdef')}.${rng.id(4, '0123456789')}`;
    default:
      return `S-1-5-21-${rng.id(10, '0123456789')}-${rng.id(10, '0123456789')}-${rng.id(9, '0123456789')}-${String(rid)}`;
  }
}

function typo(rng: Random, email: string): string {
  const at = email.indexOf('@');
  const i = rng.int(1, at - 2);
  const doubled = email.slice(0, i) + (email[i] ?? '') + email.slice(i);
  if (rng.chance(0.5)) return doubled;
  // swapped neighbours, unless they are equal and the slip would be invisible
  const swapped = email.slice(0, i) + (email[i + 1] ?? '') + (email[i] ?? '') + email.slice(i + 2);
  return swapped === email ? doubled : swapped;
}

function buildApplications(orgs: { primary: OrgUnit; plant3: OrgUnit; northfield: OrgUnit }): Application[] {
  const app = (
    clientId: string,
    name: string | null,
    org: OrgUnit | null,
    requiresMfa = false,
    userAgents: readonly string[] | null = null,
  ): Application => ({
    clientId,
    name,
    org,
    requiresMfa,
    userAgents,
  });
  return [
    app('admin-portal', 'Admin Portal', orgs.primary, true),
    app('profile', 'Profile', orgs.primary),
    app('file-share', 'File Share', orgs.primary),
    app('maintenance-wiki', 'Maintenance Wiki', orgs.primary),
    app('agilicus-launcher', 'Agilicus Launcher', orgs.primary, false, LAUNCHER_USER_AGENTS),
    app('agilicus-cli', null, null, false, CLI_USER_AGENTS),
    app('historian', 'Historian', orgs.plant3),
    app('scada-viewer', 'SCADA Viewer', orgs.plant3, true),
    app('control-room-vnc', 'Control Room Desktop (VNC)', orgs.plant3, true),
    app('turbine-dashboard', 'Turbine Dashboard', orgs.northfield),
  ];
}

export function createOrganisation(seed: number): Organisation {
  const rng = createRandom(deriveSeed(seed, 'organisation'));
  const primary: OrgUnit = { id: rng.id(), name: 'Dunmore Energy' };
  const plant3: OrgUnit = { id: rng.id(), name: 'Dunmore Energy – Plant 3' };
  const northfield: OrgUnit = { id: rng.id(), name: 'Dunmore Energy – Northfield Wind' };
  const issuers: Record<'primary' | 'plant3' | 'northfield', Issuer> = {
    primary: { url: `https://auth.${DOMAIN}`, org: primary },
    plant3: { url: `https://auth.plant3.${DOMAIN}`, org: plant3 },
    northfield: { url: `https://login.${NORTHFIELD_DOMAIN}`, org: northfield },
  };
  const applications = buildApplications({ primary, plant3, northfield });
  const appById = new Map(applications.map((a) => [a.clientId, a]));
  const appOf = (clientId: string): Application => {
    const found = appById.get(clientId);
    if (!found) throw new Error(`unknown client ${clientId}`);
    return found;
  };

  const offices: Record<Site, readonly string[]> = {
    hq: [ipv4(rng, '216.191'), ipv4(rng, '216.191'), ipv6(rng, '2607:f2c0')],
    plant3: [ipv4(rng, '142.166')],
    northfield: [ipv4(rng, '207.34')],
    // contractors connect from their own office or from site
    contractor: [ipv4(rng, '64.141'), ipv6(rng, '2001:db8')],
  };

  const users = ROSTER.map((entry, index): HumanUser => {
    const domain =
      entry.site === 'northfield'
        ? NORTHFIELD_DOMAIN
        : entry.site === 'contractor'
          ? CONTRACTOR_DOMAIN
          : DOMAIN;
    const email = `${entry.mailbox}@${domain}`;
    const idp = idpNamed(rng.weighted(IDPS_BY_SITE[entry.site]));
    const homeIps = [
      rng.chance(0.3) ? ipv6(rng, rng.pick(HOME_IPV6_PREFIXES)) : ipv4(rng, rng.pick(HOME_IPV4_PREFIXES)),
    ];
    if (rng.chance(0.4)) homeIps.push(ipv6(rng, rng.pick(HOME_IPV6_PREFIXES)));
    const weights = new Map<Application, number>();
    for (const [clientId, w] of APPS_BY_DEPARTMENT[entry.department]) {
      const app = appOf(entry.site === 'northfield' ? (NORTHFIELD_SWAP[clientId] ?? clientId) : clientId);
      weights.set(app, (weights.get(app) ?? 0) + w);
    }
    const dormant = rng.chance(0.06);
    return {
      kind: 'human',
      id: rng.id(),
      name: entry.name,
      email,
      site: entry.site,
      department: entry.department,
      idp,
      upstreamUserId: upstreamUserId(rng, idp, 1100 + index),
      org: entry.site === 'plant3' ? plant3 : entry.site === 'northfield' ? northfield : primary,
      issuer:
        entry.site === 'plant3'
          ? issuers.plant3
          : entry.site === 'northfield'
            ? issuers.northfield
            : issuers.primary,
      mfa: entry.department === 'it' || rng.chance(0.5),
      officeIp: entry.site === 'contractor' && rng.chance(0.3) ? null : rng.pick(offices[entry.site]),
      homeIps,
      desktopUserAgent: rng.pick(DESKTOP_USER_AGENTS),
      mobileUserAgent: rng.chance(0.6) ? rng.pick(MOBILE_USER_AGENTS) : null,
      typoEmail: typo(rng, email),
      applications: [...weights],
      activity: dormant ? 0.05 : (entry.department === 'it' ? 2 : 1) * (0.4 + rng.next() * 1.6),
    };
  });

  const serviceAccounts = SERVICE_ACCOUNTS.map((sa): ServiceAccount => {
    const application = appOf(sa.clientId);
    const inNorthfield = application.org === northfield;
    const cloud = rng.chance(0.5);
    return {
      kind: 'service',
      id: rng.id(),
      name: sa.name,
      email: `${sa.mailbox}@${inNorthfield ? NORTHFIELD_DOMAIN : DOMAIN}`,
      upstreamUserId: null,
      idp: null,
      org: inNorthfield ? northfield : primary,
      issuer: inNorthfield ? issuers.northfield : issuers.primary,
      application,
      userAgent: sa.userAgent,
      sourceIps: cloud
        ? [ipv4(rng, rng.pick(CLOUD_IPV4_PREFIXES)), ipv6(rng, rng.pick(CLOUD_IPV6_PREFIXES))]
        : [rng.pick(inNorthfield ? offices.northfield : offices.hq)],
      nightly: sa.nightly,
    };
  });

  const attackerIps = ATTACKER_IPV4_PREFIXES.map((p) => ipv4(rng, p));
  attackerIps.push(ipv6(rng, '2a0e:97c0'));

  return {
    primary,
    orgs: [primary, plant3, northfield],
    domains: [DOMAIN, NORTHFIELD_DOMAIN, CONTRACTOR_DOMAIN],
    utcOffsetMinutes: -300,
    issuers: [issuers.primary, issuers.plant3, issuers.northfield],
    identityProviders: Object.values(IDP),
    applications,
    users,
    serviceAccounts,
    attackerIps,
    attackerUserAgents: ATTACKER_USER_AGENTS,
    guessedEmails: GUESSED_MAILBOXES.map((m) => `${m}@${DOMAIN}`),
    probes: {
      htmlUserAgent: 'Mozilla/5.0 <script>alert(1)</script>',
      longUserAgent: longUserAgent(),
      htmlEmail: `"><img src=x onerror=alert(1)>@${DOMAIN}`,
    },
  };
}

/** exactly 10,000 characters, to check truncation and wrapping */
function longUserAgent(): string {
  const head = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) ';
  return head + 'AppleWebKit/537.36 '.repeat(600).slice(0, 10_000 - head.length);
}
