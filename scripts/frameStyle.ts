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

/** The build's JavaScript target (vite.config.ts, `build.target`). */
export const BUILD_TARGET = 'es2022';

const version = (major: number, minor = 0) => (major << 16) | (minor << 8);
/**
 * The browsers of a build target as Vite hands them to Lightning CSS for the
 * stylesheet (its `esMap`), so that the inline style is written for the same
 * browsers: without them, Lightning CSS writes `max-width` queries in the
 * range syntax, which Chromium before 104 ignores. Another target needs its
 * row here, or the build stops.
 */
const TARGETS_OF: Record<string, Record<string, number>> = {
  es2022: {
    chrome: version(94),
    edge: version(94),
    firefox: version(93),
    safari: version(16, 4),
    ios_saf: version(16, 4),
    opera: version(80),
  },
};
const TARGETS = TARGETS_OF[BUILD_TARGET];
if (!TARGETS)
  throw new Error(`scripts/frameStyle.ts: no browsers for build target ${BUILD_TARGET}`);

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
