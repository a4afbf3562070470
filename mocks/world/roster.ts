/**
 * Static cast of the simulated organisation. Kept apart from organisation.ts so the
 * wiring (ids, addresses, identity providers) reads without scrolling past data.
 */

export type Site = 'hq' | 'plant3' | 'northfield' | 'contractor';
export type Department = 'it' | 'engineering' | 'office' | 'operations' | 'field';

export interface RosterEntry {
  readonly name: string;
  /** local part of the email address */
  readonly mailbox: string;
  readonly site: Site;
  readonly department: Department;
}

const person = (name: string, mailbox: string, site: Site, department: Department): RosterEntry => ({
  name,
  mailbox,
  site,
  department,
});

export const ROSTER: readonly RosterEntry[] = [
  person('Margaret Okafor', 'margaret.okafor', 'hq', 'it'),
  person('Daniel Reyes', 'daniel.reyes', 'hq', 'it'),
  person('Priya Raman', 'priya.raman', 'hq', 'it'),
  person('Tom Lindqvist', 'tom.lindqvist', 'hq', 'it'),
  person('Amara Nwosu', 'amara.nwosu', 'hq', 'it'),
  person('Ahmed Hassan', 'ahmed.hassan', 'hq', 'it'),
  person('José Álvarez', 'jose.alvarez', 'hq', 'engineering'),
  // deliberately non-ASCII mailbox: search and copy must cope with internationalised addresses
  person('Zoë Müller', 'zoë.müller', 'hq', 'engineering'),
  person('Kwame Mensah', 'kwame.mensah', 'hq', 'engineering'),
  person('Mateo Rossi', 'mateo.rossi', 'hq', 'engineering'),
  person('Fatima Al-Sayed', 'fatima.al-sayed', 'hq', 'engineering'),
  person('陈伟', 'chen.wei', 'hq', 'engineering'),
  person('Rahul Mehta', 'rahul.mehta', 'hq', 'engineering'),
  person('Benjamin Côté', 'benjamin.cote', 'hq', 'engineering'),
  person('Nadia Petrova', 'nadia.petrova', 'hq', 'engineering'),
  person('Diego Fernández', 'diego.fernandez', 'hq', 'engineering'),
  person('Aiyana Redcloud', 'aiyana.redcloud', 'hq', 'office'),
  person('Sophie Tremblay', 'sophie.tremblay', 'hq', 'office'),
  person("Liam O'Connor", 'liam.oconnor', 'hq', 'office'),
  person('Hannah Goldberg', 'hannah.goldberg', 'hq', 'office'),
  person('Yuki Tanaka', 'yuki.tanaka', 'hq', 'office'),
  person('Olivia Chen', 'olivia.chen', 'hq', 'office'),
  person('Noah Williams', 'noah.williams', 'hq', 'office'),
  person('Ingrid Johansson', 'ingrid.johansson', 'hq', 'office'),
  person('سارة أحمد', 'sara.ahmed', 'hq', 'office'),
  person('Élodie Gagnon', 'elodie.gagnon', 'hq', 'office'),
  person('Grace Kim', 'grace.kim', 'hq', 'office'),
  person('Marcus Thompson', 'marcus.thompson', 'hq', 'office'),
  person('Siobhán Ní Bhriain', 'siobhan.nibhriain', 'hq', 'office'),
  person('Emily Walsh', 'emily.walsh', 'hq', 'office'),
  person('Łukasz Nowak', 'lukasz.nowak', 'plant3', 'operations'),
  person('Bill Harrington', 'bill.harrington', 'plant3', 'operations'),
  person('Jennifer Dubois', 'jennifer.dubois', 'plant3', 'operations'),
  person('Raj Patel', 'raj.patel', 'plant3', 'operations'),
  person('Sarah MacLeod', 'sarah.macleod', 'plant3', 'operations'),
  person('Nguyễn Thị Hoa', 'hoa.nguyen', 'plant3', 'operations'),
  person('Megan Fraser', 'megan.fraser', 'plant3', 'operations'),
  person('Chloé Lefebvre', 'chloe.lefebvre', 'plant3', 'operations'),
  person('Anna Kowalczyk', 'anna.kowalczyk', 'plant3', 'operations'),
  person('Ayşe Yılmaz', 'ayse.yilmaz', 'plant3', 'engineering'),
  person('Carlos Mendoza', 'carlos.mendoza', 'plant3', 'field'),
  person('Kevin Brown', 'kevin.brown', 'plant3', 'field'),
  person('Jamal Washington', 'jamal.washington', 'plant3', 'field'),
  person('Arjun Singh', 'arjun.singh', 'plant3', 'field'),
  person('Pedro Santos', 'pedro.santos', 'plant3', 'field'),
  person('Erik Svensson', 'erik.svensson', 'northfield', 'operations'),
  person('Mariana Costa', 'mariana.costa', 'northfield', 'operations'),
  person('Mia Laurent', 'mia.laurent', 'northfield', 'engineering'),
  person('Hiroshi Sato', 'hiroshi.sato', 'northfield', 'engineering'),
  person('Leah Cohen', 'leah.cohen', 'northfield', 'office'),
  person('Oluwaseun Adeyemi', 'oluwaseun.adeyemi', 'northfield', 'field'),
  person('Björn Halvorsen', 'bjorn.halvorsen', 'northfield', 'field'),
  person('Greg Novak', 'greg.novak', 'contractor', 'engineering'),
  person('Anjali Rao', 'anjali.rao', 'contractor', 'engineering'),
  person('Dmitri Volkov', 'dmitri.volkov', 'contractor', 'engineering'),
  person('김지우', 'jiwoo.kim', 'contractor', 'field'),
  person('Ryan Murphy', 'ryan.murphy', 'contractor', 'field'),
  person('Isabela Oliveira', 'isabela.oliveira', 'contractor', 'engineering'),
  person('Sam Taylor', 'sam.taylor', 'contractor', 'it'),
  person('Ngozi Eze', 'ngozi.eze', 'contractor', 'field'),
];

/** upstream_idp names by site, weighted */
export const IDPS_BY_SITE: Record<Site, readonly (readonly [string, number])[]> = {
  hq: [
    ['azure-ad', 8],
    ['google', 1],
    ['local', 1],
  ],
  plant3: [
    ['Onsite Identity', 6],
    ['local', 4],
  ],
  northfield: [
    ['google', 8],
    ['apple', 2],
  ],
  contractor: [
    ['okta', 6],
    ['google', 2],
    ['apple', 1],
    ['local', 1],
  ],
};

/** client ids a department uses and how often */
export const APPS_BY_DEPARTMENT: Record<Department, readonly (readonly [string, number])[]> = {
  it: [
    ['admin-portal', 30],
    ['file-share', 10],
    ['agilicus-launcher', 10],
    ['agilicus-cli', 10],
    ['profile', 5],
    ['historian', 5],
    ['maintenance-wiki', 5],
    ['scada-viewer', 3],
  ],
  engineering: [
    ['historian', 25],
    ['file-share', 20],
    ['maintenance-wiki', 15],
    ['scada-viewer', 10],
    ['agilicus-launcher', 10],
    ['control-room-vnc', 5],
    ['profile', 5],
  ],
  office: [
    ['file-share', 40],
    ['profile', 15],
    ['maintenance-wiki', 10],
    ['agilicus-launcher', 5],
  ],
  operations: [
    ['scada-viewer', 30],
    ['historian', 25],
    ['control-room-vnc', 15],
    ['maintenance-wiki', 10],
    ['profile', 5],
  ],
  field: [
    ['maintenance-wiki', 20],
    ['scada-viewer', 15],
    ['historian', 10],
    ['file-share', 10],
    ['profile', 5],
  ],
};

/** Plant 3 systems are replaced by the wind farm's dashboard at Northfield. */
export const NORTHFIELD_SWAP: Readonly<Record<string, string>> = {
  'scada-viewer': 'turbine-dashboard',
  'control-room-vnc': 'turbine-dashboard',
};

export const SERVICE_ACCOUNTS = [
  {
    mailbox: 'svc-backup',
    name: 'Backup agent',
    clientId: 'file-share',
    userAgent: 'agilicus-sdk/1.2 python-requests/2.31',
    nightly: true,
  },
  {
    mailbox: 'svc-historian-sync',
    name: 'Historian sync',
    clientId: 'historian',
    userAgent: 'agilicus-sdk/1.2 python-requests/2.31',
    nightly: false,
  },
  {
    mailbox: 'svc-monitoring',
    name: 'Monitoring probe',
    clientId: 'admin-portal',
    userAgent: 'agilicus-sdk/1.4 Go-http-client/2.0',
    nightly: false,
  },
  {
    mailbox: 'svc-scada-bridge',
    name: 'SCADA bridge',
    clientId: 'scada-viewer',
    userAgent: 'agilicus-sdk-js/0.9 node-fetch/3.3.2',
    nightly: false,
  },
  {
    mailbox: 'svc-ci-deploy',
    name: 'CI deploy',
    clientId: 'agilicus-cli',
    userAgent: 'agilicus-cli/1.8.2 (GitHub Actions) python-requests/2.31',
    nightly: false,
  },
  {
    mailbox: 'svc-turbine-export',
    name: 'Turbine export',
    clientId: 'turbine-dashboard',
    userAgent: 'agilicus-sdk/1.2 python-requests/2.31',
    nightly: true,
  },
] as const;

export const DESKTOP_USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36',
  'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
] as const;

export const MOBILE_USER_AGENTS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (iPad; CPU OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 13; SM-S911W) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36',
] as const;

export const LAUNCHER_USER_AGENTS = [
  'Agilicus-Launcher/1.7.3 (Windows NT 10.0; Win64; x64)',
  'Agilicus-Launcher/1.7.1 (Macintosh; Intel Mac OS X 14_4)',
] as const;

export const CLI_USER_AGENTS = ['agilicus-cli/1.8.2 python-requests/2.31.0', 'curl/8.5.0'] as const;

export const ATTACKER_USER_AGENTS = [
  'python-requests/2.28.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.51 Safari/537.36',
  'Go-http-client/1.1',
  'curl/7.68.0',
  'Mozilla/5.0 zgrab/0.x',
] as const;

/** Mailboxes credential stuffers try that match nobody here. */
export const GUESSED_MAILBOXES = [
  'admin',
  'administrator',
  'info',
  'test',
  'support',
  'it',
  'helpdesk',
  'scada',
  'operator',
  'root',
  'j.smith',
  'john.smith',
  'jsmith',
  'm.jones',
  'david.wilson',
  'sarah.johnson',
  'mike',
  'michael.brown',
  'chris.lee',
  'backup',
  'hr',
  'finance',
  'ceo',
  'noc',
  'security',
  'guest',
  'plant3',
  'control',
] as const;

/** /16 prefixes of Canadian and US residential ISPs: home addresses look like real subscribers. */
export const HOME_IPV4_PREFIXES = [
  '99.230',
  '99.231',
  '174.112',
  '174.115',
  '70.52',
  '142.113',
  '142.126',
  '154.20',
  '184.66',
  '68.146',
  '24.200',
  '73.15',
  '98.207',
] as const;

/** first two groups of residential and mobile IPv6 allocations */
export const HOME_IPV6_PREFIXES = ['2607:fea8', '2001:56a', '2001:1970', '2607:fb90', '2605:8d80'] as const;

export const CLOUD_IPV4_PREFIXES = ['34.118', '35.203', '34.95'] as const;
export const CLOUD_IPV6_PREFIXES = ['2600:1900', '2607:f8b0'] as const;

export const ATTACKER_IPV4_PREFIXES = [
  '185.220.101',
  '45.155.205',
  '193.142.146',
  '103.145.13',
  '91.240.118',
  '194.26.29',
] as const;
