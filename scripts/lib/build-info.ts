import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * What the build says about itself (shown in a corner of the kiosk): package.json's version, the build date and
 * the short commit hash (or "local" outside a git checkout).
 */
export function buildInfoDefines(root = process.cwd()): Record<string, string> {
  const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string };
  let commit = 'local';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
  } catch {
    // not a git checkout (a copied folder): the date still tells builds apart
  }
  const date = new Date().toISOString().slice(0, 10);
  return {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __BUILD_ID__: JSON.stringify(`${date} ${commit}`),
  };
}
