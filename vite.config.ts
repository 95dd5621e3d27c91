import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { META_CSP } from './scripts/csp.ts';

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

export default defineConfig({
  // Relative asset URLs: dist/ works from any folder of any static host.
  base: './',
  plugins: [preact(), contentSecurityPolicy()],
  build: {
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
});
