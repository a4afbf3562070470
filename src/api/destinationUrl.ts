import { plainTextProblem } from './plainText';
/**
 * Where an audit destination may send records: one validator, used by the form for instant
 * feedback and by the (mock) API, which is what actually enforces it.
 *
 * The point is to stop server-side request forgery: a webhook URL must not make the server
 * call itself, its private network or a cloud metadata service. Hosts are judged after
 * WHATWG URL parsing (which already turns `2130706433`, `0x7f.1` and `0177.0.0.1` into
 * `127.0.0.1`), and numeric hosts are parsed again here the way `inet_aton` would, so a
 * parser that leaves such spellings alone cannot let one through.
 */

export type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

export const MAX_URL_LENGTH = 2048;

const REACHABLE = 'the destination must be a public address on the internet';

/** [first address, prefix length, what it is] */
const BLOCKED_V4: readonly (readonly [string, number, string])[] = [
  ['0.0.0.0', 8, 'a "this network" address'],
  ['10.0.0.0', 8, 'a private address'],
  ['100.64.0.0', 10, 'a shared (carrier-grade NAT) address'],
  ['127.0.0.0', 8, 'a loopback address'],
  ['169.254.0.0', 16, 'a link-local address (where cloud metadata services live)'],
  ['172.16.0.0', 12, 'a private address'],
  ['192.0.0.0', 24, 'a reserved protocol address'],
  ['192.0.2.0', 24, 'a documentation address (TEST-NET-1)'],
  ['192.88.99.0', 24, 'a retired 6to4 relay address'],
  ['192.168.0.0', 16, 'a private address'],
  ['198.18.0.0', 15, 'a benchmarking address'],
  ['198.51.100.0', 24, 'a documentation address (TEST-NET-2)'],
  ['203.0.113.0', 24, 'a documentation address (TEST-NET-3)'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['240.0.0.0', 4, 'a reserved address'],
];

/** Names that always mean "this machine" or a cloud's metadata service. */
const BLOCKED_NAMES = [
  'localhost',
  'localhost6',
  'ip6-localhost',
  'ip6-loopback',
  'metadata.google.internal',
  'metadata',
  'instance-data',
];
/**
 * Names only a private resolver answers: this machine, a LAN, a Kubernetes cluster
 * (`kubernetes.default.svc`, `*.svc.cluster.local`), and the special-use names of RFC 6761
 * and RFC 8375, which no public DNS delegates.
 */
const BLOCKED_SUFFIXES = [
  '.localhost',
  '.localdomain',
  '.internal',
  '.local',
  '.svc',
  '.cluster',
  '.default',
  '.home.arpa',
  '.arpa',
  '.lan',
  '.intranet',
  '.corp',
  '.home',
  '.private',
  '.test',
  '.example',
  '.invalid',
  '.onion',
];

/** One part of an inet_aton address: decimal, 0x hex or 0-prefixed octal. */
function numberPart(part: string): number | null {
  if (/^0x[0-9a-f]*$/i.test(part)) return part.length === 2 ? 0 : parseInt(part.slice(2), 16);
  if (/^0[0-7]+$/.test(part)) return parseInt(part.slice(1), 8);
  if (/^(0|[1-9][0-9]*)$/.test(part)) return Number(part);
  return null;
}

/**
 * A host written as an IPv4 address in any spelling `inet_aton` accepts (`127.1`,
 * `2130706433`, `0x7f.0.0.1`, `0177.0.0.1`, a trailing dot), as a 32-bit number;
 * null when it is not numeric at all; NaN when it looks numeric but is out of range.
 */
export function parseIPv4(host: string): number | null {
  const trimmed = host.endsWith('.') ? host.slice(0, -1) : host;
  const parts = trimmed.split('.');
  const last = parts[parts.length - 1] ?? '';
  // like WHATWG: a host is an IPv4 address when its last label is numeric
  if (numberPart(last) === null && !/^[0-9]+$/.test(last)) return null;
  if (parts.length > 4) return NaN;
  const values = parts.map(numberPart);
  if (values.some((v) => v === null)) return NaN;
  const nums = values as number[];
  const head = nums.slice(0, -1);
  const tail = nums[nums.length - 1] ?? 0;
  if (head.some((v) => v > 255) || tail >= 256 ** (5 - nums.length)) return NaN;
  return head.reduce((acc, v, i) => acc + v * 256 ** (3 - i), 0) + tail;
}

export function formatIPv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

function v4Problem(value: number): string | null {
  for (const [start, bits, what] of BLOCKED_V4) {
    const base = parseIPv4(start) ?? 0;
    const size = 2 ** (32 - bits);
    if (value >= base && value < base + size) return what;
  }
  if (value === 0xffffffff) return 'the broadcast address';
  return null;
}

/** The eight 16-bit groups of an IPv6 address (brackets removed), or null if it is not one. */
export function parseIPv6(text: string): number[] | null {
  let body = text.toLowerCase();
  const zone = body.indexOf('%');
  if (zone >= 0) body = body.slice(0, zone);
  let tailGroups: number[] = [];
  const lastColon = body.lastIndexOf(':');
  const tail = body.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = parseIPv4(tail);
    if (v4 === null || Number.isNaN(v4) || !/^\d+\.\d+\.\d+\.\d+$/.test(tail)) return null;
    // `::ffff:1.2.3.4`: the dotted tail is the last two groups
    tailGroups = [Math.floor(v4 / 65536), v4 % 65536];
    body = body.slice(0, lastColon + 1);
    if (!body.endsWith('::')) body = body.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return null;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const left = groups(halves[0] ?? '');
  const right = halves.length === 2 ? groups(halves[1] ?? '') : [];
  const parse = (g: string) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN);
  const head = left.map(parse);
  const rest = [...right.map(parse), ...tailGroups];
  const missing = 8 - head.length - rest.length;
  if (head.some(Number.isNaN) || rest.some(Number.isNaN)) return null;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  return [...head, ...Array<number>(Math.max(0, missing)).fill(0), ...rest];
}

function v6Problem(g: number[]): string | null {
  const [a = 0, b = 0, c = 0] = g;
  const zeros = (n: number) => g.slice(0, n).every((x) => x === 0);
  const embedded = (g[6] ?? 0) * 65536 + (g[7] ?? 0);
  const inner = (address: number) => {
    const what = v4Problem(address);
    return what ? ` of ${formatIPv4(address)}, ${what}` : ` (use the IPv4 address itself)`;
  };
  if (zeros(8)) return 'the unspecified address';
  if (zeros(7) && g[7] === 1) return 'a loopback address';
  // `::ffff:7f00:1` and `::ffff:127.0.0.1` alike: the parser has already read every spelling
  if (zeros(5) && g[5] === 0xffff) return `an IPv4-mapped address${inner(embedded)}`;
  if (zeros(4) && g[4] === 0xffff && g[5] === 0) return `an IPv4-translated address${inner(embedded)}`;
  if (zeros(6)) return `an IPv4-compatible address${inner(embedded)}`;
  if (a === 0x64 && b === 0xff9b && c === 1)
    return 'a local-use NAT64 address, which reaches a private network';
  if (a === 0x64 && b === 0xff9b) return `a NAT64 address${inner(embedded)}`;
  if (a === 0x2002) {
    const what = v4Problem(b * 65536 + c);
    if (what) return `a 6to4 address of ${formatIPv4(b * 65536 + c)}, ${what}`;
  }
  // Teredo hides the client's address (inverted) in the last groups: a tunnel into anywhere
  if (a === 0x2001 && b === 0) return 'a Teredo tunnel address';
  if (a === 0x2001 && b === 0xdb8) return 'a documentation address';
  if (a === 0x3fff && b < 0x1000) return 'a documentation address';
  if (a === 0x2001 && b === 2 && c === 0) return 'a benchmarking address';
  if (a === 0x2001 && [0x10, 0x20].includes(b & 0xfff0)) return 'an ORCHID (non-routable) address';
  if ((a & 0xfe00) === 0xfc00) return 'a unique-local (private) address';
  if ((a & 0xffc0) === 0xfe80) return 'a link-local address';
  if ((a & 0xffc0) === 0xfec0) return 'a site-local (private) address';
  if ((a & 0xff00) === 0xff00) return 'a multicast address';
  // everything public is in 2000::/3; the rest is reserved (discard 100::/64, 5f00::/16, …)
  if ((a & 0xe000) !== 0x2000) return 'a reserved address';
  return null;
}

/** The host as typed, for messages: `http://user@0x7f.1:80/x` gives `0x7f.1`. */
function typedHost(input: string): string | null {
  const authority = /^[a-z][a-z0-9+.-]*:[/\\]{2}([^/\\?#]*)/i.exec(input)?.[1];
  if (authority === undefined) return null;
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '');
}

function refuse(host: string, typed: string | null, what: string): UrlCheck {
  const shown = typed !== null && typed.toLowerCase() !== host ? `"${typed}" (${host})` : host;
  return { ok: false, message: `${shown} is ${what}; ${REACHABLE}.` };
}

export function checkDestinationUrl(raw: string): UrlCheck {
  const input = raw.trim();
  if (input === '') return { ok: false, message: 'Enter the URL records are sent to.' };
  const plain = plainTextProblem(input, 'The URL', MAX_URL_LENGTH);
  if (plain) return { ok: false, message: plain };
  if (/\s/.test(input)) return { ok: false, message: 'The URL contains spaces.' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(input)?.[1]?.toLowerCase();
  if (scheme !== 'https' && scheme !== 'http')
    return {
      ok: false,
      message: scheme
        ? `"${scheme}:" URLs are not allowed; use https:// (or http://).`
        : 'Start the URL with https:// (or http://).',
    };
  if (!/^https?:\/\//i.test(input)) return { ok: false, message: `Write the URL as ${scheme}://host/path.` };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, message: 'This is not a valid URL (check the host name and port).' };
  }
  const typed = typedHost(input);
  if (url.username || url.password || (typed !== null && input.split(/[/?#]/, 3)[2]?.includes('@')))
    return {
      ok: false,
      message: "Don't put a user name or password in the URL; use Authentication instead.",
    };
  const host = url.hostname.toLowerCase();
  if (host === '') return { ok: false, message: 'The URL has no host.' };

  if (host.startsWith('[')) {
    const groups = parseIPv6(host.slice(1, -1));
    if (!groups) return { ok: false, message: `${host} is not a valid IPv6 address.` };
    const what = v6Problem(groups);
    return what ? refuse(host, typed, what) : { ok: true, url: url.href };
  }

  const name = host.replace(/\.$/, '');
  const v4 = parseIPv4(name);
  if (v4 !== null) {
    if (Number.isNaN(v4)) return { ok: false, message: `${typed ?? host} is not a valid IPv4 address.` };
    const what = v4Problem(v4);
    return what ? refuse(formatIPv4(v4), typed, what) : { ok: true, url: url.href };
  }
  if (BLOCKED_NAMES.includes(name) || BLOCKED_SUFFIXES.some((s) => name.endsWith(s)))
    return { ok: false, message: `${name} names this machine or an internal service; ${REACHABLE}.` };
  if (!name.includes('.'))
    return { ok: false, message: `Use the full domain name of the host (e.g. ${name}.example.com).` };
  return { ok: true, url: url.href };
}
