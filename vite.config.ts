import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { META_CSP, offlineCsp } from './scripts/csp.ts';

/**
 * Puts the Content-Security-Policy into the built page. Only at build time: the
 * dev server injects its own inline client, which the policy would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'order-desk-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${META_CSP}" />`,
        ),
    },
  };
}

/** The name of the offline single file (npm run build:offline). */
export const OFFLINE_FILE = 'sectigo-order-desk.html';

/**
 * `--mode offline`: after the build, inline the one JS and one CSS file into a
 * single HTML file under a hash-based CSP, write its SHA-256 beside it so people
 * can verify what they run, and remove everything else from dist-offline/.
 */
function offlineSingleFile(): Plugin {
  let outDir = 'dist-offline';
  return {
    name: 'order-desk-offline-single-file',
    apply: (_, env) => env.mode === 'offline' && env.command === 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const assets = readdirSync(join(outDir, 'assets'));
      const js = assets.filter((file) => file.endsWith('.js'));
      const css = assets.filter((file) => file.endsWith('.css'));
      if (js.length !== 1 || css.length > 1) {
        throw new Error(
          `offline build expected one JS and at most one CSS file, got ${assets.join(', ')}`,
        );
      }
      // "</script" cannot occur in code outside strings; inside them "<\/script" is the same text.
      const script = readFileSync(join(outDir, 'assets', js[0] ?? ''), 'utf8').replace(
        /<\/(script)/gi,
        '<\\/$1',
      );
      const style = css[0]
        ? readFileSync(join(outDir, 'assets', css[0]), 'utf8').replace(/<\/(style)/gi, '<\\/$1')
        : '';
      const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
      let html = readFileSync(join(outDir, 'index.html'), 'utf8');
      html = html
        .replace(/\s*<script type="module"[^>]*src="[^"]*"><\/script>/, '')
        .replace(/\s*<link rel="stylesheet"[^>]*>/, '')
        .replace(/\s*<link rel="icon"[^>]*>/, '')
        .replace(
          /content="default-src[^"]*"/,
          `content="${offlineCsp([sha(script)], style ? [sha(style)] : [])}"`,
        )
        .replace('</head>', () => `    <style>${style}</style>\n  </head>`)
        .replace('</body>', () => `    <script type="module">${script}</script>\n  </body>`);
      for (const entry of readdirSync(outDir))
        rmSync(join(outDir, entry), { recursive: true, force: true });
      writeFileSync(join(outDir, OFFLINE_FILE), html);
      const digest = createHash('sha256').update(html, 'utf8').digest('hex');
      writeFileSync(join(outDir, `${OFFLINE_FILE}.sha256`), `${digest}  ${OFFLINE_FILE}\n`);
      console.log(
        `\n${join(outDir, OFFLINE_FILE)} (${(html.length / 1024).toFixed(0)} KiB)\nSHA-256 ${digest}\n`,
      );
    },
  };
}

export default defineConfig(({ mode }) => ({
  // Relative asset URLs: dist/ works from any folder of any static host.
  base: './',
  plugins: [preact(), contentSecurityPolicy(), offlineSingleFile()],
  build: {
    // `--mode offline` (npm run build:offline): one JS and one CSS file, which
    // scripts/build-offline.mjs then inlines into a single HTML file.
    outDir: mode === 'offline' ? 'dist-offline' : 'dist',
    cssCodeSplit: mode !== 'offline',
    ...(mode === 'offline' ? { rolldownOptions: { output: { codeSplitting: false } } } : {}),
    target: 'es2022',
    // The polyfill is an inline script (blocked by script-src 'self') and every
    // browser we target has modulepreload.
    modulePreload: { polyfill: false },
    // data: URIs would need img-src/font-src data:, which the policy forbids.
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
}));
