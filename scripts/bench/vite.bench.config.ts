import { defineConfig } from 'vite';

// Builds scripts/bench/keys.html with the production settings of the app.
export default defineConfig({
  root: 'scripts/bench',
  base: './',
  build: {
    outDir: '../../bench-dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    rolldownOptions: { input: 'scripts/bench/keys.html' },
  },
  logLevel: 'warn',
});
