import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOOT_SCRIPT, BOOT_SCRIPT_HASH } from '../../scripts/bootScript';
import { HEADERS_FILE, HEADER_CSP, META_CSP, OTHER_HEADERS, offlineCsp } from '../../scripts/csp';
import { FRAME_CSS_FILE, FRAME_STYLE, FRAME_STYLE_HASH, sha256 } from '../../scripts/frameStyle';

/** Parses the `/*` block of a Netlify-style _headers file. */
function readHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (match?.[1] && match[2]) headers.set(match[1], match[2].trim());
  }
  return headers;
}

describe('dist/_headers (HEADERS_FILE)', () => {
  const headers = readHeaders(HEADERS_FILE);

  it('applies to every file of the site', () => {
    expect(HEADERS_FILE.split('\n').filter((line) => !line.startsWith('#'))[0]).toBe('/*');
  });

  it('carries the same Content-Security-Policy as the built page, plus frame-ancestors', () => {
    expect(headers.get('Content-Security-Policy')).toBe(HEADER_CSP);
    expect(HEADER_CSP).toBe(`${META_CSP}; frame-ancestors 'none'`);
  });

  it.each(OTHER_HEADERS.map(([name, value]) => ({ name, value })))(
    'sets $name',
    ({ name, value }) => {
      expect(headers.get(name)).toBe(value);
    },
  );

  it('lets forms go nowhere but this page and Sectigo', () => {
    expect(HEADER_CSP).toContain("form-action 'self' https://secure.trust-provider.com;");
    expect(HEADER_CSP).toContain("default-src 'none'");
  });
});

describe('the frame style', () => {
  it('is the only inline style the page policy allows, by the hash of its text', () => {
    expect(FRAME_STYLE_HASH).toBe(sha256(FRAME_STYLE));
    expect(META_CSP).toContain(`style-src 'self' 'sha256-${FRAME_STYLE_HASH}';`);
    expect(META_CSP).not.toContain('unsafe-inline');
  });

  it('is src/ui/frame.css, minified, with the rules the frame paints with', () => {
    const source = readFileSync(FRAME_CSS_FILE, 'utf8');
    expect(FRAME_STYLE.length).toBeLessThan(source.length);
    expect(FRAME_STYLE).not.toContain('\n');
    for (const selector of [
      '.app-shell-spinner',
      '.app-header',
      ':root',
      '@keyframes app-shell-spin',
    ])
      expect(FRAME_STYLE).toContain(selector);
    expect(FRAME_STYLE).not.toContain('/*');
    expect(FRAME_STYLE).not.toMatch(/<\/style/i);
  });

  it('is written for the browsers of the build, like the stylesheet', () => {
    // The range syntax, (width<=40rem), is unknown to Chromium before 104 and Safari before 16.4.
    expect(FRAME_STYLE).toContain('@media (max-width:40rem)');
    expect(FRAME_STYLE).not.toMatch(/\(width\s*[<>]/);
  });

  it('is allowed in the offline single file beside its own styles', () => {
    expect(offlineCsp(['s'], [FRAME_STYLE_HASH, 'x'])).toContain(
      `style-src 'sha256-${FRAME_STYLE_HASH}' 'sha256-x';`,
    );
  });
});

describe('the boot script', () => {
  it('is the only inline script the page policy allows, by the hash of its text', () => {
    expect(BOOT_SCRIPT_HASH).toBe(sha256(BOOT_SCRIPT));
    expect(META_CSP).toContain(`script-src 'self' 'sha256-${BOOT_SCRIPT_HASH}';`);
  });

  it('is src/boot.ts built into one minified script that imports and exports nothing', () => {
    expect(BOOT_SCRIPT).not.toContain('\n');
    expect(BOOT_SCRIPT).not.toMatch(/\bimport\b|\bexport\b/);
    // What it reads and fetches: the early views' list, config.json, the redirect's query.
    for (const text of [
      'order-desk-early-view-files',
      './config.json',
      'orderNumber',
      'modulepreload',
    ])
      expect(BOOT_SCRIPT).toContain(text);
    // Nothing in it ends the <script> element early or starts an HTML comment.
    expect(BOOT_SCRIPT).not.toMatch(/<\/script|<!--/i);
  });
});
