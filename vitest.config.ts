import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tests: src/core in plain Node (as a reseller's back end would run it),
// components in a DOM. End-to-end tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['test/core/**/*.test.ts', 'test/repo/**/*.test.ts'],
        },
      },
      {
        // The core's WebCrypto work again, with @peculiar/webcrypto as the
        // provider instead of Node's built-in one: the core must work with any
        // standards-conforming provider a reseller's back end passes it.
        extends: true,
        test: {
          name: 'core-peculiar',
          environment: 'node',
          include: [
            'test/core/pki/**/*.test.ts',
            'test/core/cert/**/*.test.ts',
            'test/core/publicApi.test.ts',
          ],
          setupFiles: ['test/core/setup/peculiarWebcrypto.ts'],
          env: { CORE_CRYPTO: 'peculiar' },
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'happy-dom',
          include: ['test/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['test/ui/setup.ts'],
        },
      },
    ],
  },
});
