import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_CSP, OTHER_HEADERS } from '../../scripts/csp';

/** Parses the `/*` block of a Netlify-style _headers file. */
function readHeaders(path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (match?.[1] && match[2]) headers.set(match[1], match[2].trim());
  }
  return headers;
}

describe('public/_headers', () => {
  const headers = readHeaders('public/_headers');

  it('carries the same Content-Security-Policy as the built page, plus frame-ancestors', () => {
    expect(headers.get('Content-Security-Policy')).toBe(HEADER_CSP);
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
