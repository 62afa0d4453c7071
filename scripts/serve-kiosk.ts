/**
 * `npm run serve:kiosk [-- --port 8080 --dir dist]`: serves the production build on the kiosk itself, on
 * 127.0.0.1 only. Browsers treat 127.0.0.1 as a secure context, so the service worker (offline) and the screen
 * wake lock work; a plain-http LAN address would not. index.html and sw.js are never cached by the browser (the
 * service worker decides about updates), hashed assets forever. See docs/kiosk.md.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { createKioskServer } from './lib/kiosk-server';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    dir: { type: 'string', default: 'dist' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port wants a port number, not "${values.port}"`);
  process.exit(2);
}
const root = resolve(values.dir);
const server = createKioskServer(root);
server.on('error', (e) => {
  console.error(`serve:kiosk: ${e.message}`);
  process.exit(1);
});
server.listen(port, values.host, () => {
  console.log(
    `serving ${root} on http://${values.host}:${port}/ — kiosk: http://${values.host}:${port}/?kiosk`,
  );
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => server.close(() => process.exit(0)));
