import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.webmanifest': 'application/manifest+json',
};

/** The file under `root` a request path names (index.html for a folder), or undefined (missing, or outside). */
export function fileFor(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const base = resolve(root);
  let file = resolve(join(base, path));
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

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
    const file = fileFor(base, req.url ?? '/');
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
      'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
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
