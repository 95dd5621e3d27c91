/**
 * Names and addresses a publicly-trusted CA may not put in a certificate.
 *
 * CA/Browser Forum Baseline Requirements for TLS server certificates:
 * - 1.6.1 defines an *Internal Name* ("a string of characters … not verifiable
 *   as globally unique within the public DNS at the time of certificate
 *   issuance because it does not end with a Top Level Domain registered in IANA's
 *   Root Zone Database") and a *Reserved IP Address* (an address in the block of
 *   any entry of IANA's IPv4 or IPv6 Special-Purpose Address Registry);
 * - 4.2.2 and 7.1.2.7.12: no certificate may contain either (issuance stopped
 *   on 1 November 2015; all such certificates revoked by 1 October 2016).
 *
 * The suffix table lists the names people actually type for machines on their
 * own network; a name under none of them may still be internal (any TLD not in
 * the root zone), which only a live root-zone lookup could tell.
 */

export interface InternalSuffix {
  /** Without the leading dot, lower case. */
  readonly suffix: string;
  readonly source: string;
}

export const INTERNAL_SUFFIXES: readonly InternalSuffix[] = [
  { suffix: 'local', source: 'RFC 6762 (Multicast DNS) section 3: .local is link-local' },
  {
    suffix: 'internal',
    source: 'ICANN Board resolution of 29 July 2024: .INTERNAL reserved for private use (SAC113)',
  },
  { suffix: 'home.arpa', source: 'RFC 8375: home.arpa for residential home networks' },
  { suffix: 'localhost', source: 'RFC 2606 section 2; RFC 6761 section 6.3' },
  { suffix: 'test', source: 'RFC 2606 section 2; RFC 6761 section 6.2' },
  { suffix: 'invalid', source: 'RFC 2606 section 2; RFC 6761 section 6.4' },
  { suffix: 'example', source: 'RFC 2606 section 2; RFC 6761 section 6.5' },
  { suffix: 'alt', source: 'RFC 9476: .alt for non-DNS name resolution' },
  {
    suffix: 'lan',
    source: 'not in the IANA Root Zone Database; a common home-router default (BR 1.6.1)',
  },
  {
    suffix: 'localdomain',
    source: 'not in the IANA Root Zone Database; the usual /etc/hosts default (BR 1.6.1)',
  },
  {
    suffix: 'corp',
    source:
      'ICANN Board resolution 2018.02.04.12: .CORP, .HOME, .MAIL not delegated (name collision)',
  },
  {
    suffix: 'home',
    source:
      'ICANN Board resolution 2018.02.04.12: .CORP, .HOME, .MAIL not delegated (name collision)',
  },
  {
    suffix: 'mail',
    source:
      'ICANN Board resolution 2018.02.04.12: .CORP, .HOME, .MAIL not delegated (name collision)',
  },
];

/** The internal suffix an ASCII (A-label) name ends in, or undefined. */
export function internalSuffix(asciiName: string): string | undefined {
  const name = asciiName.toLowerCase().replace(/\.$/, '');
  return INTERNAL_SUFFIXES.find(({ suffix }) => name === suffix || name.endsWith(`.${suffix}`))
    ?.suffix;
}

export interface ReservedRange {
  readonly cidr: string;
  readonly name: string;
  readonly source: string;
}

/**
 * IANA IPv4 Special-Purpose Address Registry (RFC 6890), every entry, plus the
 * multicast and future-use blocks of the IPv4 Address Space registry.
 */
export const RESERVED_IPV4: readonly ReservedRange[] = [
  { cidr: '0.0.0.0/8', name: '"this network"', source: 'RFC 791, RFC 1122 section 3.2.1.3' },
  { cidr: '10.0.0.0/8', name: 'private use', source: 'RFC 1918' },
  { cidr: '100.64.0.0/10', name: 'shared address space (carrier-grade NAT)', source: 'RFC 6598' },
  { cidr: '127.0.0.0/8', name: 'loopback', source: 'RFC 1122 section 3.2.1.3' },
  { cidr: '169.254.0.0/16', name: 'link-local', source: 'RFC 3927' },
  { cidr: '172.16.0.0/12', name: 'private use', source: 'RFC 1918' },
  { cidr: '192.0.0.0/24', name: 'IETF protocol assignments', source: 'RFC 6890 section 2.1' },
  { cidr: '192.0.2.0/24', name: 'documentation (TEST-NET-1)', source: 'RFC 5737' },
  { cidr: '192.31.196.0/24', name: 'AS112-v4', source: 'RFC 7535' },
  { cidr: '192.52.193.0/24', name: 'AMT', source: 'RFC 7450' },
  { cidr: '192.88.99.0/24', name: '6to4 relay anycast (deprecated)', source: 'RFC 7526' },
  { cidr: '192.168.0.0/16', name: 'private use', source: 'RFC 1918' },
  { cidr: '192.175.48.0/24', name: 'direct delegation AS112 service', source: 'RFC 7534' },
  { cidr: '198.18.0.0/15', name: 'benchmarking', source: 'RFC 2544' },
  { cidr: '198.51.100.0/24', name: 'documentation (TEST-NET-2)', source: 'RFC 5737' },
  { cidr: '203.0.113.0/24', name: 'documentation (TEST-NET-3)', source: 'RFC 5737' },
  { cidr: '224.0.0.0/4', name: 'multicast', source: 'RFC 5771' },
  { cidr: '240.0.0.0/4', name: 'reserved (and broadcast)', source: 'RFC 1112 section 4; RFC 919' },
];

/**
 * IANA IPv6 Special-Purpose Address Registry (RFC 6890) inside global unicast,
 * and everything outside 2000::/3, which the IPv6 Address Space registry keeps
 * reserved or special (loopback, ULA, link-local, multicast, mapped IPv4 …).
 */
export const RESERVED_IPV6: readonly ReservedRange[] = [
  {
    cidr: '::/3',
    name: 'outside global unicast (2000::/3)',
    source: 'IANA IPv6 Address Space registry; RFC 4291 section 2.4',
  },
  {
    cidr: '4000::/2',
    name: 'outside global unicast (2000::/3)',
    source: 'IANA IPv6 Address Space registry; RFC 4291 section 2.4',
  },
  {
    cidr: '8000::/1',
    name: 'outside global unicast (2000::/3)',
    source: 'IANA IPv6 Address Space registry; RFC 4291 section 2.4',
  },
  { cidr: '::/128', name: 'unspecified', source: 'RFC 4291 section 2.5.2' },
  { cidr: '::1/128', name: 'loopback', source: 'RFC 4291 section 2.5.3' },
  { cidr: '::ffff:0:0/96', name: 'IPv4-mapped', source: 'RFC 4291 section 2.5.5.2' },
  { cidr: '64:ff9b::/96', name: 'IPv4/IPv6 translation', source: 'RFC 6052' },
  { cidr: '100::/64', name: 'discard-only', source: 'RFC 6666' },
  { cidr: 'fc00::/7', name: 'unique local (ULA)', source: 'RFC 4193' },
  { cidr: 'fe80::/10', name: 'link-local', source: 'RFC 4291 section 2.5.6' },
  { cidr: 'ff00::/8', name: 'multicast', source: 'RFC 4291 section 2.7' },
  { cidr: '2001::/23', name: 'IETF protocol assignments', source: 'RFC 2928' },
  { cidr: '2001:db8::/32', name: 'documentation', source: 'RFC 3849' },
  { cidr: '2002::/16', name: '6to4', source: 'RFC 3056' },
  { cidr: '2620:4f:8000::/48', name: 'direct delegation AS112 service', source: 'RFC 7534' },
  { cidr: '3fff::/20', name: 'documentation', source: 'RFC 9637' },
];

function ipv4Number(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

/** The eight 16-bit groups of an IPv6 address (any textual form the URL parser accepts). */
function ipv6Groups(ip: string): number[] | null {
  let canonical: string;
  try {
    // The WHATWG URL parser compresses and turns an embedded IPv4 part into hex.
    canonical = new URL(`http://[${ip}]/`).hostname.slice(1, -1);
  } catch {
    return null;
  }
  const [head = '', tail] = canonical.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  const zeros = 8 - front.length - back.length;
  return [...front, ...Array<number>(Math.max(zeros, 0)).fill(0), ...back];
}

function inIpv4Range(ip: number, cidr: string): boolean {
  const [base = '', bits = '32'] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const start = ipv4Number(base);
  return ip >= start && ip < start + size;
}

function inIpv6Range(groups: readonly number[], cidr: string): boolean {
  const [base = '', bitsText = '128'] = cidr.split('/');
  const baseGroups = ipv6Groups(base);
  if (!baseGroups) return false;
  let bits = Number(bitsText);
  for (let index = 0; index < 8 && bits > 0; index += 1, bits -= 16) {
    const take = Math.min(bits, 16);
    const mask = (0xffff << (16 - take)) & 0xffff;
    if (((groups[index] ?? 0) & mask) !== ((baseGroups[index] ?? 0) & mask)) return false;
  }
  return true;
}

/** The reserved range holding this IPv4 or IPv6 address, or undefined for a public address. */
export function reservedRange(ip: string): ReservedRange | undefined {
  if (ip.includes(':')) {
    const groups = ipv6Groups(ip);
    if (!groups) return undefined;
    // The most specific entry names the range best (documentation rather than "IETF assignments").
    return [...RESERVED_IPV6].reverse().find((range) => inIpv6Range(groups, range.cidr));
  }
  const value = ipv4Number(ip);
  return RESERVED_IPV4.find((range) => inIpv4Range(value, range.cidr));
}
