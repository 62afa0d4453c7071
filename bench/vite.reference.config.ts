import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the benchmark's reference page (bench/reference/) to bench/.build/reference/, servable from any folder. */
export default defineConfig({
  root: fileURLToPath(new URL('./reference', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./.build/reference', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    // cytoscape + fcose is one ~570 kB chunk, like the app's; nothing to split in a one-page benchmark.
    chunkSizeWarningLimit: 2000,
  },
});
