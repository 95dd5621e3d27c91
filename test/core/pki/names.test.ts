/**
 * Names a CA refuses: each check is a table of named cases taken from the RFCs
 * and CA/Browser Forum rules cited in src/core/pki/reservedNames.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkCsrRequest } from '../../../src/core/pki/checkCsrRequest';
import {
  checkDnsName,
  checkEmailAddress,
  checkHostName,
  checkIpAddress,
} from '../../../src/core/pki/names';
import {
  INTERNAL_SUFFIXES,
  RESERVED_IPV4,
  RESERVED_IPV6,
  reservedRange,
} from '../../../src/core/pki/reservedNames';

describe('checkDnsName: problems, each with its code and values', () => {
  it.each([
    ['empty', '   ', 'empty', {}],
    ['over 253 characters', `${'a'.repeat(60)}.`.repeat(5) + 'com', 'tooLong', undefined],
    ['a single label', 'intranet', 'singleLabel', { value: 'intranet' }],
    ['an underscore', 'a_b.example.com', 'badLabel', { value: 'a_b.example.com', label: 'a_b' }],
    ['a hyphen at the end', 'a-.example.com', 'badLabel', { value: 'a-.example.com', label: 'a-' }],
    ['a wildcard inside', 'www.*.example.com', 'wildcardPosition', { value: 'www.*.example.com' }],
    ['a partial wildcard', 'w*.example.com', 'wildcardPosition', { value: 'w*.example.com' }],
    ['a wildcard on a TLD', '*.com', 'wildcardBare', { value: '*.com' }],
    ['an IP address', '192.0.2.1', 'invalid', { value: '192.0.2.1' }],
    ['four numbers out of range', '256.1.1.1', 'notIp', { value: '256.1.1.1' }],
    ['a numeric TLD', 'host.123', 'invalid', { value: 'host.123' }],
    ['a URL without a host', 'https://', 'invalid', { value: 'https://' }],
    // Internal names: RFC 6762, ICANN 2024, RFC 8375, RFC 2606/6761, not delegated, name collision.
    [
      '.local (RFC 6762)',
      'printer.local',
      'internalName',
      { value: 'printer.local', suffix: '.local' },
    ],
    [
      '.internal (ICANN 2024)',
      'db.corp.internal',
      'internalName',
      { value: 'db.corp.internal', suffix: '.internal' },
    ],
    ['.lan', 'nas.lan', 'internalName', { value: 'nas.lan', suffix: '.lan' }],
    [
      '.home.arpa (RFC 8375)',
      'router.home.arpa',
      'internalName',
      { value: 'router.home.arpa', suffix: '.home.arpa' },
    ],
    [
      '.localhost (RFC 6761)',
      'app.localhost',
      'internalName',
      { value: 'app.localhost', suffix: '.localhost' },
    ],
    [
      '.test (RFC 2606)',
      'www.shop.test',
      'internalName',
      { value: 'www.shop.test', suffix: '.test' },
    ],
    [
      '.invalid (RFC 2606)',
      'x.invalid',
      'internalName',
      { value: 'x.invalid', suffix: '.invalid' },
    ],
    [
      '.example (RFC 2606)',
      'www.example',
      'internalName',
      { value: 'www.example', suffix: '.example' },
    ],
    [
      '.localdomain',
      'host.localdomain',
      'internalName',
      { value: 'host.localdomain', suffix: '.localdomain' },
    ],
    [
      '.corp (ICANN name collision)',
      'mail.acme.corp',
      'internalName',
      { value: 'mail.acme.corp', suffix: '.corp' },
    ],
    [
      '.home (ICANN name collision)',
      'nas.home',
      'internalName',
      { value: 'nas.home', suffix: '.home' },
    ],
    [
      'a wildcard under .local',
      '*.office.local',
      'internalName',
      { value: '*.office.local', suffix: '.local' },
    ],
    [
      'upper case .LOCAL',
      'PRINTER.LOCAL',
      'internalName',
      { value: 'PRINTER.LOCAL', suffix: '.local' },
    ],
    [
      'a URL to an internal host',
      'https://intranet.corp/login',
      'internalName',
      { value: 'intranet.corp', suffix: '.corp' },
    ],
  ] as const)('%s: %j → %s', (_, input, code, values) => {
    const check = checkDnsName(input);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problem).toBe(code);
    if (values) expect(check.values).toEqual(values);
    expect(check.message.length).toBeGreaterThan(10);
  });

  it('allows internal names for a private CA (publicTrust: false)', () => {
    expect(checkDnsName('printer.local', { publicTrust: false })).toEqual({
      ok: true,
      value: 'printer.local',
    });
  });

  it('names the rule in English for Node users', () => {
    const check = checkDnsName('nas.lan');
    expect(check.ok ? '' : check.message).toBe(
      '"nas.lan" ends in .lan, a name for private networks: public certificates may not contain internal names (CA/Browser Forum Baseline Requirements 4.2.2).',
    );
  });
});

describe('checkDnsName: accepted names, and the notes that say how they are written', () => {
  it.each([
    ['a plain name', 'www.example.com', 'www.example.com', undefined],
    ['a trailing dot', 'example.com.', 'example.com', undefined],
    ['upper case', 'WWW.Example.COM', 'www.example.com', undefined],
    ['a wildcard', '*.example.com', '*.example.com', undefined],
    ['a public suffix that looks internal', 'local.example.com', 'local.example.com', undefined],
    [
      '.localhost as a label, not the TLD',
      'localhost.example.org',
      'localhost.example.org',
      undefined,
    ],
    [
      'a URL with a path',
      'https://www.example.com/path?q=1#top',
      'www.example.com',
      {
        kind: 'urlHost',
        values: { value: 'https://www.example.com/path?q=1#top', host: 'www.example.com' },
      },
    ],
    [
      'a URL with a port',
      'http://host.example.com:8443/',
      'host.example.com',
      {
        kind: 'urlHost',
        values: { value: 'http://host.example.com:8443/', host: 'host.example.com' },
      },
    ],
    [
      'a URL with a user name',
      'https://user@shop.example.com/',
      'shop.example.com',
      {
        kind: 'urlHost',
        values: { value: 'https://user@shop.example.com/', host: 'shop.example.com' },
      },
    ],
    [
      'a host with a path but no scheme',
      'www.example.com/contact',
      'www.example.com',
      { kind: 'urlHost', values: { value: 'www.example.com/contact', host: 'www.example.com' } },
    ],
    [
      'an internationalised name',
      'bücher.example.com',
      'xn--bcher-kva.example.com',
      {
        kind: 'punycode',
        values: { value: 'bücher.example.com', ascii: 'xn--bcher-kva.example.com' },
      },
    ],
  ] as const)('%s: %j → %s', (_, input, value, note) => {
    const check = checkDnsName(input);
    expect(check).toEqual(note ? { ok: true, value, note } : { ok: true, value });
  });
});

describe('checkIpAddress: reserved addresses (IANA special-purpose registries, BR 4.2.2)', () => {
  it.each([
    ['RFC 1918 10/8', '10.1.2.3', 'private use'],
    ['RFC 1918 172.16/12', '172.31.255.254', 'private use'],
    ['RFC 1918 192.168/16', '192.168.1.1', 'private use'],
    ['loopback', '127.0.0.1', 'loopback'],
    ['link-local', '169.254.10.20', 'link-local'],
    ['CGNAT 100.64/10', '100.64.0.1', 'shared address space (carrier-grade NAT)'],
    ['CGNAT upper end', '100.127.255.255', 'shared address space (carrier-grade NAT)'],
    ['TEST-NET-1', '192.0.2.7', 'documentation (TEST-NET-1)'],
    ['TEST-NET-2', '198.51.100.1', 'documentation (TEST-NET-2)'],
    ['TEST-NET-3', '203.0.113.99', 'documentation (TEST-NET-3)'],
    ['this network', '0.0.0.0', '"this network"'],
    ['multicast', '224.0.0.251', 'multicast'],
    ['broadcast', '255.255.255.255', 'reserved (and broadcast)'],
    ['IPv6 loopback', '::1', 'loopback'],
    ['IPv6 unspecified', '::', 'unspecified'],
    ['IPv6 ULA', 'fd12:3456:789a::1', 'unique local (ULA)'],
    ['IPv6 link-local', 'fe80::1', 'link-local'],
    ['IPv6 documentation', '2001:db8::1', 'documentation'],
    ['IPv6 documentation (RFC 9637)', '3fff::1', 'documentation'],
    ['IPv4-mapped IPv6', '::ffff:192.168.1.1', 'IPv4-mapped'],
    ['IPv6 multicast', 'ff02::1', 'multicast'],
  ])('%s: %s is reserved (%s)', (_, ip, name) => {
    const check = checkIpAddress(ip);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toBe('reservedIp');
    expect(reservedRange(check.ok ? check.value : (check.values.value ?? ''))?.name).toBe(name);
  });

  it.each([
    ['just below CGNAT', '100.63.255.255', '100.63.255.255'],
    ['just above CGNAT', '100.128.0.0', '100.128.0.0'],
    ['just above 172.16/12', '172.32.0.1', '172.32.0.1'],
    ['a public DNS resolver', '8.8.8.8', '8.8.8.8'],
    ['a.root-servers.net', '198.41.0.4', '198.41.0.4'],
    [
      'a.root-servers.net IPv6, compressed',
      '2001:0503:BA3E:0000:0000:0000:0002:0030',
      '2001:503:ba3e::2:30',
    ],
    ['in brackets, as in a URL', '[2606:4700:4700::1111]', '2606:4700:4700::1111'],
  ])('%s: %s is public', (_, ip, value) => {
    expect(checkIpAddress(ip)).toEqual({ ok: true, value });
  });

  it.each(['256.1.1.1', '1.2.3', '01.2.3.4', '2001:db8::g', 'example.com'])(
    '%s is not an address',
    (input) => {
      const check = checkIpAddress(input);
      expect(check.ok ? '' : check.problem).toBe('notIp');
    },
  );

  it('allows reserved addresses for a private CA', () => {
    expect(checkIpAddress('10.0.0.1', { publicTrust: false })).toEqual({
      ok: true,
      value: '10.0.0.1',
    });
  });

  it('cites a source for every table entry', () => {
    for (const entry of [...RESERVED_IPV4, ...RESERVED_IPV6, ...INTERNAL_SUFFIXES])
      expect(entry.source).toMatch(/RFC \d+|ICANN|IANA|BR /);
  });
});

describe('checkHostName: a line of the domain list', () => {
  it.each([
    [
      'a public IPv4 address',
      '8.8.8.8',
      { ok: true, value: '8.8.8.8', note: { kind: 'ipAddress', values: { value: '8.8.8.8' } } },
    ],
    [
      'a public IPv6 address',
      '2606:4700:4700::1111',
      {
        ok: true,
        value: '2606:4700:4700::1111',
        note: { kind: 'ipAddress', values: { value: '2606:4700:4700::1111' } },
      },
    ],
    [
      'a URL to an IP address',
      'https://8.8.8.8/dns',
      {
        ok: true,
        value: '8.8.8.8',
        note: { kind: 'urlHost', values: { value: 'https://8.8.8.8/dns', host: '8.8.8.8' } },
      },
    ],
    [
      'a URL to an IPv6 address',
      'http://[2606:4700:4700::1111]:8080/',
      {
        ok: true,
        value: '2606:4700:4700::1111',
        note: {
          kind: 'urlHost',
          values: { value: 'http://[2606:4700:4700::1111]:8080/', host: '2606:4700:4700::1111' },
        },
      },
    ],
    ['a domain name', 'www.example.com', { ok: true, value: 'www.example.com' }],
  ] as const)('%s: %s', (_, input, expected) => {
    expect(checkHostName(input)).toEqual(expected);
  });

  it.each([
    ['a private address', '192.168.0.10', 'reservedIp'],
    ['a URL to a loopback address', 'http://127.0.0.1:8080/', 'reservedIp'],
    ['an internal name', 'fileserver.local', 'internalName'],
  ])('%s: %s → %s', (_, input, code) => {
    const check = checkHostName(input);
    expect(check.ok ? '' : check.problem).toBe(code);
  });
});

describe('checkEmailAddress', () => {
  it.each([
    ['no @', 'fred', 'notEmail'],
    ['a bad domain', 'fred@exa_mple.com', 'emailDomain'],
    ['an internal domain', 'fred@corp.local', 'emailDomain'],
  ])('%s: %s → %s', (_, input, code) => {
    const check = checkEmailAddress(input);
    expect(check.ok ? '' : check.problem).toBe(code);
  });

  it('writes the domain in punycode', () => {
    expect(checkEmailAddress('anna@bücher.example.com')).toEqual({
      ok: true,
      value: 'anna@xn--bcher-kva.example.com',
    });
  });
});

describe('checkCsrRequest: the names of a request, as the Generate form sends them', () => {
  it('reports every bad line, each naming the line, with the code and values to word it', () => {
    const checked = checkCsrRequest({
      subject: { commonName: 'www.example.com' },
      dnsNames: ['www.example.com', 'nas.lan', 'a_b.example.com', '10.0.0.1', 'intranet'],
    });
    expect(checked.issues.map(({ field, code, values }) => ({ field, code, values }))).toEqual([
      { field: 'dnsNames.1', code: 'internalName', values: { value: 'nas.lan', suffix: '.lan' } },
      { field: 'dnsNames.2', code: 'badLabel', values: { value: 'a_b.example.com', label: 'a_b' } },
      { field: 'dnsNames.3', code: 'reservedIp', values: { value: '10.0.0.1' } },
      { field: 'dnsNames.4', code: 'singleLabel', values: { value: 'intranet' } },
    ]);
    expect(checked.issues[0]?.message).toMatch(/^Domain name 2: "nas\.lan" ends in \.lan/);
    expect(checked.names.dnsNames).toEqual(['www.example.com']);
  });

  it('writes a pasted URL as its host, and the common name with it', () => {
    const checked = checkCsrRequest({
      subject: { commonName: 'https://www.example.com/shop' },
      dnsNames: ['https://www.example.com/shop', 'example.com'],
    });
    expect(checked.issues).toEqual([]);
    expect(checked.names.dnsNames).toEqual(['www.example.com', 'example.com']);
    expect(checked.subject.commonName).toBe('www.example.com');
    expect(checked.notes).toEqual([
      {
        kind: 'urlHost',
        values: { value: 'https://www.example.com/shop', host: 'www.example.com' },
        text: 'https://www.example.com/shop is an address: the certificate names its host, www.example.com.',
      },
    ]);
  });

  it('writes IP addresses typed among the domain names as IP addresses, never as the common name', () => {
    const checked = checkCsrRequest({
      subject: { commonName: '8.8.8.8' },
      dnsNames: ['8.8.8.8', 'dns.example.com', '2606:4700:4700::1111'],
    });
    expect(checked.issues).toEqual([]);
    expect(checked.names).toEqual({
      dnsNames: ['dns.example.com'],
      ipAddresses: ['8.8.8.8', '2606:4700:4700::1111'],
      emailAddresses: [],
    });
    // Sectigo refuses an IP address as CN (-19/-35): the first domain name takes its place.
    expect(checked.subject.commonName).toBe('dns.example.com');
    expect(checked.notes.map((note) => note.kind)).toEqual(['ipAddress', 'ipAddress']);
  });

  it('makes an IP-only request without a common name', () => {
    const checked = checkCsrRequest({ subject: { commonName: '8.8.8.8' }, dnsNames: ['8.8.8.8'] });
    expect(checked.issues).toEqual([]);
    expect(checked.subject.commonName).toBeUndefined();
    expect(checked.names.ipAddresses).toEqual(['8.8.8.8']);
  });

  it('refuses internal names unless the request is for a private CA', () => {
    const request = { subject: {}, dnsNames: ['app.internal'], ipAddresses: ['fd00::1'] };
    expect(checkCsrRequest(request).issues.flatMap((issue) => issue.code ?? [])).toEqual([
      'internalName',
      'reservedIp',
    ]);
    expect(checkCsrRequest({ ...request, publicTrust: false }).issues).toEqual([]);
  });
});
