/**
 * The page's frame style (src/ui/frame.css) as the built pages carry it: an
 * inline <style> (vite.config.ts, frameStyle), so that a phone paints the frame
 * from the page alone instead of a round trip later, after the stylesheet.
 * The Content-Security-Policy allows exactly this text by its SHA-256
 * (scripts/csp.ts), so it is made here once, for both.
 */
import { transform } from 'lightningcss';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FRAME_CSS_FILE = fileURLToPath(new URL('../src/ui/frame.css', import.meta.url));

/**
 * The browsers of the build's target (vite.config.ts, `build.target: 'es2022'`)
 * as Vite hands them to Lightning CSS for the stylesheet, so that the inline
 * style is written for the same browsers: without them, Lightning CSS writes
 * `max-width` queries in the range syntax, which Chromium before 104 ignores.
 */
const version = (major: number, minor = 0) => (major << 16) | (minor << 8);
const TARGETS = {
  chrome: version(94),
  edge: version(94),
  firefox: version(93),
  safari: version(16, 4),
  ios_saf: version(16, 4),
  opera: version(80),
};

/** frame.css minified by Lightning CSS, the minifier of Vite's own CSS build. */
export const FRAME_STYLE: string = transform({
  filename: FRAME_CSS_FILE,
  code: readFileSync(FRAME_CSS_FILE),
  minify: true,
  targets: TARGETS,
})
  .code.toString()
  // Its text sits in the page: nothing in it may close the element early.
  .replace(/<\/(style)/gi, '<\\/$1');

/** The SHA-256 of a style or script element's text, as a CSP source expression wants it. */
export const sha256 = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('base64');

export const FRAME_STYLE_HASH = sha256(FRAME_STYLE);
