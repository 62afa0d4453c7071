import { createServer, type Server } from 'node:http';

/**
 * "Another site": a page served from localhost (the app is at 127.0.0.1, so another origin and another site)
 * that frames the app between long paragraphs, as a district website or a newspaper article would.
 */
export interface HostSite {
  origin: string;
  /** Serves `html` (a fragment put between the paragraphs) at `path`; returns its address. */
  page(path: string, fragment: string): string;
  close(): Promise<void>;
}

const PARAGRAPH = '<p class="text">Lorem ipsum — 这是网页正文，图谱嵌在文章中间。</p>'.repeat(6);

export const hostPage = (fragment: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Host article</title>
<style>
  body { margin: 0; font: 18px/1.6 sans-serif; background: #f4f1ea; color: #222; }
  main { max-width: 800px; margin: 0 auto; padding: 8px 24px; }
  h1 { font-size: 24px; margin: 8px 0; }
  .text { margin: 0 0 24px; }
  .tall { height: 1600px; }
</style></head>
<body><main>
  <h1>区里的文章 · An article</h1>
  <p class="text">Above the graph.</p>
  ${fragment}
  <div class="tall">${PARAGRAPH}</div>
</main></body></html>`;

export function startHostSite(port: number): Promise<HostSite> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const body = pages.get((req.url ?? '/').split('?')[0]!);
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      const origin = `http://localhost:${port}`;
      resolve({
        origin,
        page(path, fragment) {
          pages.set(path, hostPage(fragment));
          return origin + path;
        },
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
