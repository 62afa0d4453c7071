import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlFor, createKioskServer } from '../scripts/lib/kiosk-server';

describe('serve:kiosk', () => {
  const root = mkdtempSync(join(tmpdir(), 'kiosk-dist-'));
  mkdirSync(join(root, 'assets'));
  mkdirSync(join(root, 'graph-data', 'g'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(root, 'sw.js'), 'self.x=1');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'export{}');
  writeFileSync(join(root, 'graph-data', 'g', 'graph.json'), '{}');
  writeFileSync(join(root, 'graph-data', 'g', 'source.txt'), '原文');
  const server = createKioskServer(root);
  let url = '';
  beforeAll(() => new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done())));
  beforeAll(() => {
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('serves the page with ?kiosk, never cached, as HTML', async () => {
    const res = await fetch(`${url}/?kiosk&idle=30`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves the service worker uncached and as JavaScript, hashed assets forever', async () => {
    const sw = await fetch(`${url}/sw.js`);
    expect(sw.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${url}/assets/index-abc.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('serves data with their types and revalidates them', async () => {
    const json = await fetch(`${url}/graph-data/g/graph.json`);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(json.headers.get('cache-control')).toBe('no-cache');
    const text = await fetch(`${url}/graph-data/g/source.txt`);
    expect(await text.text()).toBe('原文');
  });

  it('refuses paths outside the build, unknown files and other methods', async () => {
    expect((await fetch(`${url}/../../etc/passwd`)).status).toBe(404);
    expect((await fetch(`${url}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect((await fetch(`${url}/nope.js`)).status).toBe(404);
    expect((await fetch(`${url}/index.html`, { method: 'POST' })).status).toBe(405);
  });

  it('decides caching by path', () => {
    expect(cacheControlFor('index.html')).toBe('no-cache');
    expect(cacheControlFor('workbox-9c191d2f.js')).toContain('immutable');
    expect(cacheControlFor('graph-data/index.json')).toBe('no-cache');
  });
});
