import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphDataPlugin } from './scripts/lib/vite-graph-data';
import { cspPlugin } from './scripts/lib/vite-csp';
import { buildInfoDefines } from './scripts/lib/build-info';
import { offlinePlugin } from './scripts/lib/vite-offline';

export default defineConfig({
  // Relative asset URLs: the build can be served from any folder, CDN path or the kiosk's own disk.
  base: './',
  plugins: [react(), graphDataPlugin(), cspPlugin(), offlinePlugin()],
  define: buildInfoDefines(),
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173 },
  preview: { port: 4173 },
});
