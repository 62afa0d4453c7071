import type { Plugin } from 'vite';

/**
 * The production build's Content-Security-Policy. No inline scripts, no eval; images from data: only because the
 * canvas draws its "+N" badges from SVG data URIs; workers from blob: for the layout worker to come.
 * cytoscape's injected <style> is made unnecessary by a pre-placed element with its id (index.html).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'taigu-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
