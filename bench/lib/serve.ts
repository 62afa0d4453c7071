import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentTypeOf, resolveRequest } from '../../scripts/lib/static-files';

export { resolveRequest };

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:40123/ */
  url: string;
  close(): Promise<void>;
}

/**
 * A tiny static file server on 127.0.0.1 and a free port of its own: every response uncached, so each fresh
 * page of a run loads everything again. GET and HEAD only.
 */
export function serveStatic(root: string, host = '127.0.0.1'): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveRequest(root, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': contentTypeOf(file),
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://${host}:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
