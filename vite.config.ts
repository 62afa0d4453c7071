import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphDataPlugin } from './scripts/lib/vite-graph-data';
import { cspPlugin } from './scripts/lib/vite-csp';
import { fontWoff2Only } from './scripts/lib/vite-font-woff2';
import { buildInfoDefines } from './scripts/lib/build-info';
import { offlinePlugin } from './scripts/lib/vite-offline';
import { jsBudgetPlugin } from './scripts/lib/vite-js-budget';
import { appStylesPlugin } from './scripts/lib/vite-app-styles';
import { siteMetaPlugin } from './scripts/lib/vite-site-meta';
import { firstViewPlugin } from './scripts/lib/vite-first-view';

export default defineConfig({
  // Relative asset URLs: the build can be served from any folder, CDN path or the kiosk's own disk.
  base: './',
  plugins: [
    react(),
    graphDataPlugin(),
    cspPlugin(),
    fontWoff2Only(),
    offlinePlugin(),
    siteMetaPlugin(),
    firstViewPlugin(),
    appStylesPlugin(),
    jsBudgetPlugin(),
  ],
  define: buildInfoDefines(),
  build: {
    target: 'es2022',
    sourcemap: true,
    // The CSP allows fonts from 'self' only: small font parts must stay files, not data: URLs.
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
  },
  // ES module workers (they are started with type: 'module') split like the page: the read worker loads the
  // spreadsheet and Word readers only when such a file is opened, not at start-up.
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
});
