// Builds the bare vis-timeline baseline page (bench/bare) into bench/dist-bare, served at /bare/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./bare', import.meta.url)),
  base: '/bare/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist-bare', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2_000,
  },
});
