import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve, sep } from 'node:path';
import { contentTypeOf, resolveRequest } from './static-files';

/**
 * How long the browser may keep a file: the page and the service worker must always be revalidated (or an
 * update never arrives), content-hashed assets never change, data files are revalidated (their names stay).
 */
export function cacheControlFor(relPath: string): string {
  if (/(^|\/)(sw\.js|index\.html)$/.test(relPath) || relPath === '' || relPath.endsWith('/'))
    return 'no-cache';
  if (/^assets\//.test(relPath) || /^workbox-[\w-]+\.js$/.test(relPath))
    return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/** A small static server for dist/: GET and HEAD only, correct MIME types, nothing outside `root`. */
export function createKioskServer(root: string): Server {
  const base = resolve(root);
  return createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveRequest(base, req.url ?? '/');
    if (!file) {
      res
        .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' })
        .end('not found');
      return;
    }
    const rel = file
      .slice(base.length + 1)
      .split(sep)
      .join('/');
    res.writeHead(200, {
      'Content-Type': contentTypeOf(file),
      'Content-Length': statSync(file).size,
      'Cache-Control': cacheControlFor(rel),
      'X-Content-Type-Options': 'nosniff',
      // The worker sits at the root of the build; its scope is the build's folder.
      ...(rel === 'sw.js' ? { 'Service-Worker-Allowed': './' } : {}),
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
}
