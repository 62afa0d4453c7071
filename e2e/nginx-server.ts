import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Debian's nginx serving a build under /taigu/ with the configuration docs/deploy.md gives
 * (deploy/nginx/*.conf, only the build's folder replaced), on 127.0.0.1:<port>, as a child process.
 */
export interface Nginx {
  origin: string;
  stop(): Promise<void>;
}

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

export function startNginx(dist: string, port: number): Promise<Nginx> {
  if (!NGINX)
    throw new Error('nginx is not installed: `apt-get install -y nginx` (.ci/run installs it when missing)');
  const dir = mkdtempSync(join(tmpdir(), 'taigu-nginx-'));
  mkdirSync(join(dir, 'snippets'));
  const root = resolve(dist).replace(/\/?$/, '/');
  for (const name of ['taigu.conf', 'taigu-headers.conf'])
    writeFileSync(
      join(dir, 'snippets', name),
      readFileSync(join('deploy/nginx', name), 'utf8').replaceAll('/var/www/taigu/dist/', root),
    );
  cpSync('/etc/nginx/mime.types', join(dir, 'mime.types'));
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
daemon off;
events { worker_connections 64; }
http {
  include mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    include snippets/taigu.conf;
  }
}
`,
  );
  const check = spawnSync(NGINX, ['-t', '-p', dir, '-c', conf], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done(rmSync(dir, { recursive: true, force: true }));
      child.once('exit', () => done(rmSync(dir, { recursive: true, force: true })));
      child.kill('SIGQUIT');
    });
  return new Promise((resolvePromise, reject) => {
    const started = Date.now();
    let last = 'no answer';
    const poll = async () => {
      if (child.exitCode !== null) return reject(new Error(`nginx stopped: ${stderr}`));
      try {
        const r = await fetch(`${origin}/taigu/`);
        if (r.ok) return resolvePromise({ origin, stop });
        last = `HTTP ${r.status}`;
      } catch {
        // not listening yet
      }
      if (Date.now() - started > 10_000) {
        const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
        await stop();
        return reject(new Error(`nginx did not serve ${origin}/taigu/ (${last}): ${stderr}${log}`));
      }
      setTimeout(() => void poll(), 100);
    };
    void poll();
  });
}
