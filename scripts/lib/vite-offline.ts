import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

/**
 * The kiosk's offline support: a generated service worker (dist/sw.js) that precaches every file of the build —
 * app shell, every graph-data file (graph.json, source text, derived search index and start layout, tours) and
 * fonts — so that after one load the app runs with no network at all. Registered by src/kiosk/offline.ts in
 * kiosk mode only (no inline registration script: the CSP forbids it). A new build's worker waits until the kiosk
 * tells it to take over at an idle reset (skipWaiting off; the generated worker listens for SKIP_WAITING).
 */
export function offlinePlugin(): PluginOption {
  return VitePWA({
    injectRegister: false,
    manifest: false,
    strategies: 'generateSW',
    filename: 'sw.js',
    workbox: {
      globPatterns: ['**/*.{html,js,css,json,txt,woff2,woff,ttf,otf,svg,png,ico,webp,webmanifest}'],
      // The link preview image is for chats and social sites, not for a kiosk's offline copy.
      globIgnores: ['**/*.map', '**/og-image.png'],
      // graph.json of a large graph can pass workbox's 2 MiB default; the graph's own size cap is higher.
      maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
      // `?kiosk&idle=…` (any query) is the same page: navigations get the precached index.html.
      navigateFallback: 'index.html',
      ignoreURLParametersMatching: [/.*/],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: false,
      sourcemap: false,
    },
    devOptions: { enabled: false },
  });
}
