/** GeneralNames (RFC 5280 section 4.2.1.6), as in the subjectAltName extension. */
import { readDer, content } from '../encoding/der';
import type { SubjectAltNames } from './types';

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes.subarray(0, 4096));

export function readGeneralNames(value: Uint8Array): SubjectAltNames {
  const names = {
    dns: [] as string[],
    email: [] as string[],
    ip: [] as string[],
    uri: [] as string[],
    other: [] as string[],
  };
  for (const entry of readDer(value).children) {
    const body = content(value, entry);
    switch (entry.tag) {
      case 0x81:
        names.email.push(latin1(body));
        break;
      case 0x82:
        names.dns.push(latin1(body));
        break;
      case 0x86:
        names.uri.push(latin1(body));
        break;
      case 0x87:
        names.ip.push(formatIp(body));
        break;
      case 0xa0:
        names.other.push('otherName');
        break;
      case 0xa4:
        names.other.push('directoryName');
        break;
      case 0x88:
        names.other.push('registeredID');
        break;
      default:
        names.other.push(`[${entry.tag & 0x1f}]`);
    }
  }
  return names;
}

/** IPv4 dotted, IPv6 as OpenSSL prints it (full groups, no zero compression). */
function formatIp(bytes: Uint8Array): string {
  if (bytes.length === 4) return [...bytes].join('.');
  if (bytes.length === 16) {
    const groups: string[] = [];
    for (let i = 0; i < 16; i += 2)
      groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16).toUpperCase());
    return groups.join(':');
  }
  return `(${bytes.length}-byte address)`;
}
