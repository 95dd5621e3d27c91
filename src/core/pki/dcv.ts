/**
 * Domain control validation records for the CSR-hash methods (dcvMethod
 * HTTP_CSR_HASH / CNAME_CSR_HASH; tokens HTTPCSRHASH / CNAMECSRHASH), computed
 * over the CSR's DER bytes as `shared/api-docs/README.md` ("Supplementary
 * facts") gives them:
 * - file `http://<FQDN>/.well-known/pki-validation/<MD5 upper-case hex>.txt`
 *   holding the SHA-256 in lower-case hex, a newline, `sectigo.com`, and a
 *   newline and the uniqueValue when one applies;
 * - CNAME `_<md5 lower-case>.<FQDN>.` → `<sha256[0:32]>.<sha256[32:64]>[.<uniqueValue>].sectigo.com.`
 * Wildcard names cannot use the HTTP(S) method (-126, placeorder-smime.txt).
 */
import { md5 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export interface DcvRecords {
  readonly md5: string;
  readonly sha256: string;
  /** The file for the first domain (contract field). */
  readonly httpFile: { readonly path: string; readonly content: string };
  /** The CNAME for the first domain (contract field). */
  readonly cname: { readonly host: string; readonly value: string };
  /** Every DNS name of the CSR, with its file URL (null for wildcards) and CNAME. */
  readonly domains: readonly {
    readonly domain: string;
    readonly httpUrl: string | null;
    readonly cname: { readonly host: string; readonly value: string };
  }[];
  readonly uniqueValue?: string;
}

/** uniqueValue: "An alphanumeric value", at most 20 characters (autoapplyorder-guide-v2.txt). */
export function checkUniqueValue(value: string): string | null {
  return /^[A-Za-z0-9]{1,20}$/.test(value)
    ? null
    : 'uniqueValue must be 1 to 20 letters or digits.';
}

export function computeDcv(
  der: Uint8Array,
  domains: readonly string[],
  uniqueValue?: string,
): DcvRecords | null {
  if (domains.length === 0) return null;
  const md5Hex = bytesToHex(md5(der));
  const sha = bytesToHex(sha256(der));
  const unique = uniqueValue && checkUniqueValue(uniqueValue) === null ? uniqueValue : undefined;
  const path = `/.well-known/pki-validation/${md5Hex.toUpperCase()}.txt`;
  const fileContent = `${sha}\nsectigo.com${unique ? `\n${unique}` : ''}`;
  const value = `${sha.slice(0, 32)}.${sha.slice(32, 64)}${unique ? `.${unique}` : ''}.sectigo.com.`;
  const records = domains.map((domain) => {
    const base = domain.replace(/^\*\./, '').replace(/\.$/, '').toLowerCase();
    return {
      domain,
      httpUrl: domain.startsWith('*.') ? null : `http://${base}${path}`,
      cname: { host: `_${md5Hex}.${base}.`, value },
    };
  });
  const first = records[0];
  return {
    md5: md5Hex,
    sha256: sha,
    httpFile: { path, content: fileContent },
    cname: first?.cname ?? { host: '', value },
    domains: records,
    ...(unique ? { uniqueValue: unique } : {}),
  };
}
