import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium (Debian's /usr/bin/chromium) driven by
// playwright-core against the production build in dist/, served from a
// sub-folder of a loopback static server that applies dist/_headers.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // Two cores: one browser at a time keeps timings sane.
    fileParallelism: false,
  },
});
