import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDestinationUrl, formatIPv4, parseIPv4, parseIPv6 } from './destinationUrl';

const refused = (url: string) => {
  const result = checkDestinationUrl(url);
  return result.ok ? null : result.message;
};

describe('checkDestinationUrl', () => {
  it.each([
    // [url, what the message must say]
    ['http://127.0.0.1/', /loopback/],
    ['http://2130706433/', /"2130706433" \(127\.0\.0\.1\) is a loopback/],
    ['http://0x7f.1/', /"0x7f\.1" \(127\.0\.0\.1\)/],
    ['http://0x7f000001/', /loopback/],
    ['http://0177.0.0.1/', /"0177\.0\.0\.1" \(127\.0\.0\.1\)/],
    ['http://127.1/', /loopback/],
    ['http://127.0.0.1./', /loopback/],
    ['http://127.0.0.1%2e/', /loopback/],
    ['http://0x7f.0x0.0x0.0x1/', /loopback/],
    ['http://１２７.0.0.1/', /"１２７\.0\.0\.1" \(127\.0\.0\.1\)/],
    ['http://127。0。0。1/', /loopback/],
    ['http://[127.0.0.1]/', /not a valid URL/],
    ['http://[0:0:0:0:0:ffff:127.0.0.1]/', /IPv4-mapped/],
    ['http://[::ffff:a9fe:a9fe]/', /IPv4-mapped/],
    ['http://0/', /this network/],
    ['http://10.1.2.3/', /private/],
    ['http://012.1.2.3/', /private/],
    ['http://172.31.255.255/', /private/],
    ['http://192.168.0.10:8080/', /private/],
    ['http://169.254.169.254/latest/meta-data/', /link-local.*metadata/],
    ['http://0xa9fea9fe/', /link-local/],
    ['http://100.64.0.1/', /carrier-grade NAT/],
    ['http://100.127.255.255/', /carrier-grade NAT/],
    ['http://[::1]/', /loopback/],
    ['http://[0:0:0:0:0:0:0:1]/', /loopback/],
    ['http://[::]/', /unspecified/],
    ['http://[::ffff:127.0.0.1]/', /IPv4-mapped/],
    ['http://[::ffff:7f00:1]/', /IPv4-mapped/],
    ['http://[::ffff:8.8.8.8]/', /IPv4-mapped/],
    ['http://[::127.0.0.1]/', /IPv4-compatible/],
    ['http://[fc00::1]/', /unique-local/],
    ['http://[fd00:ec2::254]/', /unique-local/],
    ['http://[fe80::1]/', /link-local/],
    ['http://[febf:ffff::1]/', /link-local/],
    ['http://[64:ff9b::10.0.0.1]/', /NAT64.*private/],
    ['http://[2002:7f00:1::]/', /6to4.*loopback/],
    ['http://localhost/', /this machine/],
    ['https://LOCALHOST.:8443/', /this machine/],
    ['https://app.localhost/', /this machine/],
    ['http://metadata.google.internal/', /internal service/],
    ['http://user:pass@example.com/', /user name or password/],
    ['http://user@example.com/', /user name or password/],
    ['http://@example.com/', /user name or password/],
    ['https://example.com@127.0.0.1/', /user name or password/],
    ['ftp://example.com/', /"ftp:" URLs are not allowed/],
    ['javascript:alert(1)', /"javascript:" URLs are not allowed/],
    ['file:///etc/passwd', /"file:" URLs/],
    ['example.com/ingest', /Start the URL with https:\/\//],
    ['http:/example.com', /Write the URL as http:\/\/host/],
    ['https://siem/ingest', /full domain name/],
    ['http://1.2.3.256/', /not a valid URL/],
    ['https://exa mple.com/', /spaces/],
    // issue 15: transition forms that reach internal addresses
    ['http://[64:ff9b::7f00:1]/', /NAT64 address of 127\.0\.0\.1, a loopback/],
    ['http://[64:ff9b::8.8.8.8]/', /NAT64.*use the IPv4 address itself/],
    ['http://[64:ff9b:1::a00:1]/', /local-use NAT64/],
    ['http://[64:ff9b:1:abcd::1]/', /local-use NAT64/],
    ['http://[::a9fe:a9fe]/', /IPv4-compatible address of 169\.254\.169\.254/],
    ['http://[::ffff:0:7f00:1]/', /IPv4-translated address of 127\.0\.0\.1/],
    ['http://[0:0:0:0:0:FFFF:7F00:0001]/', /IPv4-mapped address of 127\.0\.0\.1/],
    ['http://[::ffff:0a00:0001]/', /IPv4-mapped.*private/],
    ['http://[2002:c0a8:101::1]/', /6to4 address of 192\.168\.1\.1, a private/],
    ['http://[2002:a9fe:a9fe::]/', /6to4.*link-local/],
    ['http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', /Teredo/],
    ['http://[2001:db8::1]/', /documentation/],
    ['http://[3fff::1]/', /documentation/],
    ['http://[2001:2::1]/', /benchmarking/],
    ['http://[100::1]/', /reserved/],
    // reserved IPv4 ranges
    ['http://192.0.2.10/', /documentation address \(TEST-NET-1\)/],
    ['http://198.51.100.7/', /TEST-NET-2/],
    ['http://203.0.113.200/', /TEST-NET-3/],
    ['http://198.19.255.1/', /benchmarking/],
    ['http://240.1.2.3/', /reserved/],
    ['http://255.255.255.255/', /reserved/],
    ['http://100.100.100.200/', /carrier-grade NAT/],
    // cluster-internal and special-use names
    ['https://kubernetes.default.svc/', /kubernetes\.default\.svc names this machine or an internal service/],
    ['https://kubernetes.default/', /internal service/],
    ['https://api.prod.svc.cluster.local/', /internal service/],
    ['https://vault.service.internal/', /internal service/],
    ['https://printer.local/', /internal service/],
    ['https://localhost.localdomain/', /internal service|this machine/],
    ['https://ip6-localhost/', /this machine/],
    ['https://kubernetes/', /full domain name/],
    ['https://siem.corp/', /internal service/],
    ['https://nas.lan/', /internal service/],
    ['https://host.test/', /internal service/],
    // text that deceives
    ['https://ad\u200bmin.example.com/', /⟨U\+200B⟩ \(zero-width space\)/],
    ['https://example.com/\u202egnp.exe', /⟨U\+202E⟩ \(right-to-left override\)/],
    ['https://example.com/\u001b[2J', /⟨U\+001B⟩ \(escape\)/],
    ['https://example.com/a\r\nX-Evil: 1', /⟨U\+000D⟩ \(carriage return\)/],
    ['', /Enter the URL/],
  ])('refuses %s', (url, message) => {
    expect(refused(url)).toMatch(message);
  });

  it.each([
    'https://siem.example.com/ingest',
    'http://logs.example.org:8080/hec?index=audit',
    'https://8.8.8.8/collector',
    'https://[2001:4860:4860::8888]/',
    'https://example.com./trailing-dot',
    'HTTPS://Example.COM/Path',
    'https://[2600:1f18::1]/',
    'https://2001.example.com/',
  ])('accepts %s', (url) => {
    expect(checkDestinationUrl(url).ok).toBe(true);
  });

  const octet = fc.integer({ min: 0, max: 255 });
  const v4 = fc.tuple(octet, octet, octet, octet).map(([a, b, c, d]) => ((a * 256 + b) * 256 + c) * 256 + d);
  const blockedV4 = fc.oneof(
    fc.integer({ min: 0x7f000000, max: 0x7fffffff }),
    fc.integer({ min: 0x0a000000, max: 0x0affffff }),
    fc.integer({ min: 0xac100000, max: 0xac1fffff }),
    fc.integer({ min: 0xc0a80000, max: 0xc0a8ffff }),
    fc.integer({ min: 0xa9fe0000, max: 0xa9feffff }),
    fc.integer({ min: 0x64400000, max: 0x647fffff }),
  );
  /** every way inet_aton can spell a number: decimal, hex, octal, in 1 to 4 parts */
  const spelling = (value: number) =>
    fc
      .record({ parts: fc.integer({ min: 1, max: 4 }), radix: fc.constantFrom(10, 16, 8), dot: fc.boolean() })
      .map(({ parts, radix, dot }) => {
        const bytes = formatIPv4(value).split('.').map(Number);
        const head = bytes.slice(0, parts - 1);
        const tail = bytes.slice(parts - 1).reduce((acc, b) => acc * 256 + b, 0);
        const write = (n: number) =>
          radix === 16 ? `0x${n.toString(16)}` : radix === 8 ? `0${n.toString(8)}` : String(n);
        return [...head, tail].map(write).join('.') + (dot ? '.' : '');
      });

  it('refuses every spelling of a blocked IPv4 address', () => {
    fc.assert(
      fc.property(
        blockedV4.chain((value) => spelling(value).map((host) => ({ value, host }))),
        ({ value, host }) => {
          expect(parseIPv4(host)).toBe(value);
          expect(checkDestinationUrl(`http://${host}/x`).ok).toBe(false);
          expect(checkDestinationUrl(`http://[::ffff:${formatIPv4(value)}]/`).ok).toBe(false);
        },
      ),
    );
  });

  it('judges an address the same however it is spelled', () => {
    fc.assert(
      fc.property(
        v4.chain((value) => spelling(value).map((host) => ({ value, host }))),
        ({ value, host }) => {
          expect(checkDestinationUrl(`http://${host}/`).ok).toBe(
            checkDestinationUrl(`http://${formatIPv4(value)}/`).ok,
          );
        },
      ),
    );
  });

  const internal = fc.oneof(
    fc.integer({ min: 0x7f000000, max: 0x7fffffff }),
    fc.integer({ min: 0x0a000000, max: 0x0affffff }),
    fc.integer({ min: 0xc0a80000, max: 0xc0a8ffff }),
    fc.integer({ min: 0xa9fe0000, max: 0xa9feffff }),
  );
  const hex = (n: number, zeroPad: boolean) => (zeroPad ? n.toString(16).padStart(4, '0') : n.toString(16));
  /** an IPv4 address as the last 32 bits of an IPv6 one: dotted, or two hex groups in any case */
  const tail = (value: number) =>
    fc
      .record({ dotted: fc.boolean(), pad: fc.boolean(), upper: fc.boolean() })
      .map(({ dotted, pad, upper }) => {
        const text = dotted
          ? formatIPv4(value)
          : `${hex(Math.floor(value / 65536), pad)}:${hex(value % 65536, pad)}`;
        return upper ? text.toUpperCase() : text;
      });
  /** every way to write the prefix of a transition form: compressed, or with each zero group */
  const prefixes = fc.constantFrom(
    '::ffff:',
    '0:0:0:0:0:ffff:',
    '0000:0000:0000:0000:0000:FFFF:',
    '::ffff:0:',
    '0:0:0:0:ffff:0:',
    '::',
    '0:0:0:0:0:0:',
    '64:ff9b::',
    '0064:ff9b:0:0:0:0:',
    '64:ff9b:1::',
  );

  it('refuses every IPv6 transition spelling of an internal IPv4 address', () => {
    fc.assert(
      fc.property(
        internal.chain((value) => fc.tuple(prefixes, tail(value))),
        ([prefix, rest]) => {
          expect(checkDestinationUrl(`https://[${prefix}${rest}]/`).ok).toBe(false);
        },
      ),
    );
  });

  it('refuses every 6to4 address of an internal IPv4 address', () => {
    fc.assert(
      fc.property(internal, fc.integer({ min: 0, max: 0xffff }), (value, subnet) => {
        const inner = `${hex(Math.floor(value / 65536), false)}:${hex(value % 65536, false)}`;
        expect(checkDestinationUrl(`https://[2002:${inner}:${hex(subnet, false)}::1]/`).ok).toBe(false);
      }),
    );
  });

  it('refuses every name under a cluster-internal or special-use suffix', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('svc', 'svc.cluster.local', 'internal', 'local', 'localhost', 'home.arpa', 'test'),
        fc.boolean(),
        (labels, suffix, upper) => {
          const host = `${labels.join('.')}.${suffix}`;
          expect(checkDestinationUrl(`https://${upper ? host.toUpperCase() : host}/`).ok).toBe(false);
        },
      ),
    );
  });

  it('stores an internationalised host in punycode', () => {
    expect(checkDestinationUrl('https://exаmple.com/in')).toEqual({
      ok: true,
      url: 'https://xn--exmple-4nf.com/in',
    });
  });

  it('never accepts credentials, whatever the host', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true }),
        fc.stringMatching(/^[a-z0-9]{1,8}$/),
        (url, user) => {
          const withUser = url.replace('://', `://${user}@`);
          expect(checkDestinationUrl(withUser).ok).toBe(false);
        },
      ),
    );
  });

  it('accepts only http(s), and what it accepts parses as a URL of that scheme', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), (input) => {
        const result = checkDestinationUrl(input);
        if (result.ok) expect(['http:', 'https:']).toContain(new URL(result.url).protocol);
      }),
    );
  });
});

describe('parseIPv6', () => {
  it('expands compressed and dotted forms', () => {
    expect(parseIPv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
    expect(parseIPv6('fe80::1%eth0')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('1::2::3')).toBeNull();
    expect(parseIPv6('12345::')).toBeNull();
  });
});
