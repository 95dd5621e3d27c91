/**
 * The security headers of the app, written once: vite.config.ts puts the policy
 * into the built pages as a <meta> (metaCsp) and writes dist/_headers (for
 * hosts that read it) from headersFile, each given the hash of the boot script
 * it has built (scripts/bootScript.ts).
 *
 * Why each directive (the app's security rules):
 * - nothing but our own files may load or run; no CDN, fonts or analytics;
 * - the only place a form may go is Sectigo's ordering host (the endpoint
 *   addresses of the API documents, e.g. placeorder-smime.txt, "Endpoint");
 * - Trusted Types: no string may reach an HTML or script sink;
 * - the one inline style is the page's frame (scripts/frameStyle.ts), and the
 *   one inline script the boot script (scripts/bootScript.ts), each allowed by
 *   its hash: any other text in a <style> stays unapplied, in a <script> unrun.
 */
import { FRAME_STYLE_HASH } from './frameStyle.ts';

export const FORM_ACTION_ORIGIN = 'https://secure.trust-provider.com';

type Directives = readonly (readonly [string, string])[];

/** The page's policy, with the SHA-256 of its inline boot script. */
export const cspDirectives = (bootScriptHash: string): Directives => [
  ['default-src', "'none'"],
  ['script-src', `'self' 'sha256-${bootScriptHash}'`],
  ['style-src', `'self' 'sha256-${FRAME_STYLE_HASH}'`],
  ['img-src', "'self'"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['form-action', `'self' ${FORM_ACTION_ORIGIN}`],
  ['base-uri', "'none'"],
  ['object-src', "'none'"],
  ['require-trusted-types-for', "'script'"],
  ['trusted-types', "'none'"],
];

/** Directives a <meta> policy cannot carry; they go only in real headers. */
export const HEADER_ONLY_DIRECTIVES: Directives = [['frame-ancestors', "'none'"]];

export const cspString = (directives: Directives): string =>
  directives.map(([name, value]) => `${name} ${value}`).join('; ');

export const metaCsp = (bootScriptHash: string): string => cspString(cspDirectives(bootScriptHash));
export const headerCsp = (bootScriptHash: string): string =>
  cspString([...cspDirectives(bootScriptHash), ...HEADER_ONLY_DIRECTIVES]);

/** The other headers of dist/_headers. */
export const OTHER_HEADERS: Directives = [
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
];

/**
 * dist/_headers, in the format static hosts such as Netlify and Cloudflare Pages
 * read: the page's policy plus what a <meta> cannot carry, and the other headers.
 */
export const headersFile = (bootScriptHash: string): string =>
  [
    '# Security headers for static hosts that read a _headers file (Netlify, Cloudflare',
    '# Pages and others). The same policy is in the built pages as a <meta>; this',
    '# file adds what a <meta> cannot carry (frame-ancestors). Written by the build',
    '# from scripts/csp.ts.',
    '/*',
    ...[['Content-Security-Policy', headerCsp(bootScriptHash)] as const, ...OTHER_HEADERS].map(
      ([name, value]) => `  ${name}: ${value}`,
    ),
    '',
  ].join('\n');

/**
 * The policy of the offline single file: everything is inline, so scripts and
 * styles are allowed by their SHA-256 hashes only; there is nothing to fetch,
 * so connect-src is 'none'. The order form may still post to Sectigo.
 */
export function offlineCsp(
  scriptHashes: readonly string[],
  styleHashes: readonly string[],
): string {
  const hashes = (list: readonly string[]) => list.map((hash) => `'sha256-${hash}'`).join(' ');
  return cspString([
    ['default-src', "'none'"],
    ['script-src', hashes(scriptHashes)],
    ['style-src', hashes(styleHashes)],
    ['img-src', "'none'"],
    ['connect-src', "'none'"],
    ['form-action', FORM_ACTION_ORIGIN],
    ['base-uri', "'none'"],
    ['object-src', "'none'"],
    ['require-trusted-types-for', "'script'"],
    ['trusted-types', "'none'"],
  ]);
}
