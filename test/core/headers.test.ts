import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bootScript, type BootScript } from '../../scripts/bootScript';
import { headerCsp, headersFile, metaCsp, OTHER_HEADERS, offlineCsp } from '../../scripts/csp';
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

/** A stand-in for the hash of index.html's inline stylesheet, which only a build makes (app.e2e.ts checks the real one). */
const STYLESHEET_HASH = 'c3R5bGVzaGVldA==';

/** The boot script as the build makes it (a build of src/boot.ts of its own, about 0.1 s). */
let boot: BootScript;
let headersText: string;
let headerPolicy: string;
let metaPolicy: string;
beforeAll(async () => {
  boot = await bootScript();
  const hashes = { bootScript: boot.hash, stylesheet: STYLESHEET_HASH };
  headersText = headersFile(hashes);
  headerPolicy = headerCsp(hashes);
  metaPolicy = metaCsp(hashes);
});

describe('dist/_headers (headersFile)', () => {
  const headers = () => readHeaders(headersText);

  it('applies to every file of the site', () => {
    expect(headersText.split('\n').filter((line) => !line.startsWith('#'))[0]).toBe('/*');
  });

  it('carries the same Content-Security-Policy as the built page, plus frame-ancestors', () => {
    expect(headers().get('Content-Security-Policy')).toBe(headerPolicy);
    expect(headerPolicy).toBe(`${metaPolicy}; frame-ancestors 'none'`);
  });

  it.each(OTHER_HEADERS.map(([name, value]) => ({ name, value })))(
    'sets $name',
    ({ name, value }) => {
      expect(headers().get(name)).toBe(value);
    },
  );

  it('lets forms go nowhere but this page and Sectigo', () => {
    expect(headerPolicy).toContain("form-action 'self' https://secure.trust-provider.com;");
    expect(headerPolicy).toContain("default-src 'none'");
  });
});

describe('the frame style', () => {
  it('is allowed by the hash of its text, beside index.html’s inline stylesheet alone', () => {
    expect(FRAME_STYLE_HASH).toBe(sha256(FRAME_STYLE));
    expect(metaPolicy).toContain(
      `style-src 'self' 'sha256-${FRAME_STYLE_HASH}' 'sha256-${STYLESHEET_HASH}';`,
    );
    expect(metaPolicy).not.toContain('unsafe-inline');
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
    expect(metaPolicy).toContain(`script-src 'self' 'sha256-${sha256(boot.text)}';`);
    expect(metaPolicy).not.toContain('unsafe-inline');
  });

  it('is built once per process, when a build first asks', async () => {
    expect(await bootScript()).toBe(boot);
  });

  it('is src/boot.ts built into one minified script that imports and exports nothing', () => {
    expect(boot.text).not.toContain('\n');
    expect(boot.text).not.toMatch(/\bimport\b|\bexport\b/);
    // What it reads and fetches: the early views' list, config.json, the redirect's query.
    for (const text of [
      'order-desk-early-view-files',
      './config.json',
      'orderNumber',
      'modulepreload',
    ])
      expect(boot.text).toContain(text);
    // Nothing in it ends the <script> element early or starts an HTML comment.
    expect(boot.text).not.toMatch(/<\/script|<!--/i);
  });
});
