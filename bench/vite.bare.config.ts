// Builds the bare vis-timeline baseline page (bench/bare) into bench/dist-bare, served at /bare/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./bare', import.meta.url)),
  base: '/bare/',
  logLevel: 'warn',
  // The same vis-timeline build the app ships (see vite.config.ts), so the ratios compare layers,
  // not builds.
  resolve: {
    alias: [
      { find: /^vis-timeline\/peer$/, replacement: 'vis-timeline/esnext' },
      { find: /^vis-data\/peer$/, replacement: 'vis-data/esnext/esm/vis-data.js' },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL('./dist-bare', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2_000,
  },
});
