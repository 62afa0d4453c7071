/**
 * `npx tsx scripts/export-samples.ts` — regenerates the sample exports in docs/screenshots/ with the poster
 * command (run `npm run build` first): a branch at 2× in Chinese, the whole graph at 4K in English, and the
 * whole graph as an A3 page in the dark theme.
 */
import { spawnSync } from 'node:child_process';

const LINK = 'https://example.org/taigu/';
const samples: [string, string[]][] = [
  [
    'export-branch-2x-zh.png',
    ['--scope', 'branch', '--focus', 'goal-agri-hi-tech-zone', '--size', 'screen2'],
  ],
  ['export-all-4k-en.png', ['--scope', 'all', '--size', '4k', '--lang', 'en']],
  ['export-a3-dark.png', ['--scope', 'all', '--size', 'a3', '--orientation', 'landscape', '--bg', 'dark']],
];

for (const [file, args] of samples) {
  const r = spawnSync(
    'npx',
    ['tsx', 'scripts/export-poster.ts', '--out', `docs/screenshots/${file}`, '--link-base', LINK, ...args],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}
