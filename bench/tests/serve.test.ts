import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequest, serveStatic, type StaticServer } from '../lib/serve';

/** A raw request, so that paths such as /../x reach the server as written (fetch would normalize them). */
function get(base: string, path: string, method = 'GET') {
  const { hostname, port } = new URL(base);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request({ hostname, port, path, method }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('static server', () => {
  let dir: string;
  let server: StaticServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-serve-'));
    mkdirSync(join(dir, 'site', 'app', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'site', 'app', 'index.html'), '<p>app</p>');
    writeFileSync(join(dir, 'site', 'app', 'assets', 'a.js'), 'export {}');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    server = await serveStatic(join(dir, 'site'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 on a port of its own, never the preview port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.url).not.toContain(':4173/');
  });

  it('serves a folder’s index.html and files with their type, uncached', async () => {
    const page = await get(server.url, '/app/?positions=given');
    expect(page.status).toBe(200);
    expect(page.body).toBe('<p>app</p>');
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['cache-control']).toBe('no-store');
    const js = await get(server.url, '/app/assets/a.js');
    expect(js.headers['content-type']).toMatch(/text\/javascript/);
  });

  it('answers 404 for missing files and anything outside its folder', async () => {
    expect((await get(server.url, '/app/nope.js')).status).toBe(404);
    expect((await get(server.url, '/../secret.txt')).status).toBe(404);
    expect((await get(server.url, '/app/%2e%2e/%2e%2e/secret.txt')).status).toBe(404);
    expect(resolveRequest(join(dir, 'site'), '/%E0%A4%A')).toBeUndefined();
  });

  it('answers only GET and HEAD', async () => {
    expect((await get(server.url, '/app/', 'POST')).status).toBe(405);
    const head = await get(server.url, '/app/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});
