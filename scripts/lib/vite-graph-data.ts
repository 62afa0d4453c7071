import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { loadGraphDir } from './graph-dir';
import { derivedFiles } from './derived-files';
import { preloadPaths, shippedDigests, shippedFiles, SHIPPED_DATA_META } from './shipped-data';
import { formatProblemLine } from '../../src/i18n/problem-messages';

const URL_PREFIX = '/graph-data/';
const SERVED = /^(index\.json|[a-z0-9-]+\/(graph\.json|[\w.-]+\.txt))$/;

/**
 * Serves `graph-data/` as data files next to the app (never bundled into the JavaScript), and refuses
 * invalid data: the dev server shows every problem in Vite's overlay, the build fails with them.
 */
export function graphDataPlugin(dataDir = 'graph-data'): Plugin {
  const root = resolve(dataDir);
  const check = () => {
    const result = loadGraphDir(root);
    return { result, message: result.problems.map((p) => formatProblemLine(p, 'en')).join('\n') };
  };
  let server: ViteDevServer | undefined;
  const serveDerived = (rel: string): string | undefined => {
    const [graphId, name, ...rest] = rel.split('/');
    if (!graphId || !name || rest.length) return undefined;
    const { result } = check();
    const loaded = result.graphs.find((g) => g.id === graphId);
    return loaded ? derivedFiles(loaded)[name] : undefined;
  };
  const report = () => {
    const { message } = check();
    if (!message) return;
    server?.config.logger.error(`\n[graph-data] invalid graph data:\n${message}\n`);
    server?.ws.send({
      type: 'error',
      err: { message: `Invalid graph data:\n${message}`, stack: '', plugin: 'graph-data' },
    });
  };
  let base = './';
  return {
    name: 'taigu-graph-data',
    configResolved(config) {
      base = config.base;
    },
    configureServer(dev) {
      server = dev;
      dev.watcher.add(root);
      dev.watcher.on('change', (file) => file.startsWith(root) && report());
      // Vite connects the overlay socket after the page loads; report again once a client is there.
      dev.ws.on('connection', report);
      dev.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const at = url.indexOf(URL_PREFIX);
        if (at < 0) return next();
        const rel = url.slice(at + URL_PREFIX.length);
        const derived = serveDerived(rel);
        if (derived !== undefined) {
          res.setHeader('Content-Type', 'application/json');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(derived);
          return;
        }
        const file = normalize(join(root, rel));
        if (
          !SERVED.test(rel) ||
          !file.startsWith(root + sep) ||
          !existsSync(file) ||
          !statSync(file).isFile()
        )
          return next();
        const { message } = check();
        if (message) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(`Invalid graph data:\n${message}`);
          return;
        }
        res.setHeader(
          'Content-Type',
          rel.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8',
        );
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(file));
      });
    },
    buildStart() {
      if (server) return;
      const { message } = check();
      if (message) this.error(`Invalid graph data:\n${message}`);
    },
    generateBundle() {
      for (const [path, source] of shippedFiles(check().result))
        this.emitFile({ type: 'asset', fileName: `graph-data/${path}`, source });
    },
    // The build's own files, named by digest, and the first view's data fetched once the first view is painted.
    transformIndexHtml: {
      order: 'post',
      handler() {
        if (server) return [];
        const { result } = check();
        return [
          {
            tag: 'meta',
            attrs: { name: SHIPPED_DATA_META, content: JSON.stringify(shippedDigests(shippedFiles(result))) },
            injectTo: 'head',
          },
          // In a template: the page's entry adds them once the first view is painted (src/app/after-first-paint.ts).
          {
            tag: 'template',
            attrs: { 'data-after-first-paint': true },
            children: preloadPaths(result).map((path) => ({
              tag: 'link',
              attrs: {
                rel: 'preload',
                as: 'fetch',
                crossorigin: 'anonymous',
                href: `${base}graph-data/${path}`,
              },
            })),
            injectTo: 'head' as const,
          },
        ];
      },
    },
  };
}
