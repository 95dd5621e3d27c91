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
 * - the inline styles are the page's frame (scripts/frameStyle.ts; shop.html)
 *   and the first load's stylesheet (index.html, whose prerendered start page
 *   shows styled from the page alone: src/ui/inlineStylesheet.ts), and the one
 *   inline script the boot script (scripts/bootScript.ts), each allowed by its
 *   hash: any other text in a <style> stays unapplied, in a <script> unrun.
 */
import { FRAME_STYLE_HASH } from './frameStyle.ts';

export const FORM_ACTION_ORIGIN = 'https://secure.trust-provider.com';

type Directives = readonly (readonly [string, string])[];

/** The hashes of the pages' inline elements, as the build has made them. */
export interface InlineHashes {
  /** The boot script (scripts/bootScript.ts). */
  readonly bootScript: string;
  /** index.html's inline copy of the first load's stylesheet (src/ui/firstLoad.css). */
  readonly stylesheet: string;
}

/** The pages' policy, with the SHA-256 of each inline element. */
export const cspDirectives = (hashes: InlineHashes): Directives => [
  ['default-src', "'none'"],
  ['script-src', `'self' 'sha256-${hashes.bootScript}'`],
  ['style-src', `'self' 'sha256-${FRAME_STYLE_HASH}' 'sha256-${hashes.stylesheet}'`],
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

export const metaCsp = (hashes: InlineHashes): string => cspString(cspDirectives(hashes));
export const headerCsp = (hashes: InlineHashes): string =>
  cspString([...cspDirectives(hashes), ...HEADER_ONLY_DIRECTIVES]);

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
export const headersFile = (hashes: InlineHashes): string =>
  [
    '# Security headers for static hosts that read a _headers file (Netlify, Cloudflare',
    '# Pages and others). The same policy is in the built pages as a <meta>; this',
    '# file adds what a <meta> cannot carry (frame-ancestors). Written by the build',
    '# from scripts/csp.ts.',
    '/*',
    ...[['Content-Security-Policy', headerCsp(hashes)] as const, ...OTHER_HEADERS].map(
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
