import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { contentTypeOf, resolveRequest } from '../../scripts/lib/static-files';
import type { StaticServer } from './serve';

/**
 * The server settings the Lighthouse figures assume, as deploy/nginx/taigu.conf sets them: gzip for text
 * (html, js, css, json, svg, txt, webmanifest), a year and `immutable` for the hashed files under assets/,
 * `no-cache` for everything else (the page, graph data, the service worker).
 */
export const DEPLOYED_SETTINGS = {
  compression: 'gzip (level 6) for text types',
  hashed: 'assets/*: Cache-Control: public, max-age=31536000, immutable',
  other: 'everything else: Cache-Control: no-cache',
} as const;

const TEXT = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;

/** `root` served as deployed (DEPLOYED_SETTINGS), on 127.0.0.1 and a free port. */
export function serveDeployed(root: string, host = '127.0.0.1'): Promise<StaticServer> {
  const gz = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const file = resolveRequest(root, req.url ?? '/');
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(file ? 405 : 404).end();
      return;
    }
    const type = contentTypeOf(file);
    const hashed = /\/assets\//.test(req.url ?? '');
    const headers: Record<string, string> = {
      'Content-Type': type,
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    let body: Buffer = readFileSync(file);
    if (TEXT.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let z = gz.get(file);
      if (!z) gz.set(file, (z = gzipSync(body, { level: 6 })));
      body = z;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      done({
        url: `http://${host}:${port}/`,
        close: () =>
          new Promise<void>((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}
