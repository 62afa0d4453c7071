/**
 * `npm run bench -- --lighthouse`: Lighthouse 12.2.3 (pinned: it runs on Node 20) against the production build
 * served as deployed (serve-deployed.ts: gzip, cache headers), mobile (Lighthouse's default: simulated slow 4G,
 * 4× slower CPU) and desktop, three runs each, the median run reported. Writes
 * bench/results/lighthouse-<date>.{json,md} and lighthouse-latest.{json,md}.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { DEPLOYED_SETTINGS, serveDeployed } from './serve-deployed';
import { median } from './stats';

const RUNS = 3;
const AUDITS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  tti: 'interactive',
  si: 'speed-index',
  cls: 'cumulative-layout-shift',
  bytes: 'total-byte-weight',
} as const;

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  /** ms, except cls (unitless) and bytes. */
  metrics: Record<keyof typeof AUDITS, number>;
  longTasks: { url: string; ms: number }[];
  load: number;
}

export interface LighthouseResults {
  date: string;
  lighthouse: string;
  chromium: string;
  server: typeof DEPLOYED_SETTINGS;
  mobile: { runs: LighthouseRun[]; median: LighthouseRun };
  desktop: { runs: LighthouseRun[]; median: LighthouseRun };
}

async function once(url: string, port: number, desktop: boolean): Promise<LighthouseRun> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
    desktop ? desktopConfig : undefined,
  );
  const lhr = result!.lhr;
  const num = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
  const tasks =
    (lhr.audits['long-tasks']?.details as { items?: { url: string; duration: number }[] } | undefined)
      ?.items ?? [];
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    metrics: Object.fromEntries(
      Object.entries(AUDITS).map(([k, id]) => [k, num(id)]),
    ) as LighthouseRun['metrics'],
    longTasks: tasks.map((t) => ({ url: t.url, ms: Math.round(t.duration) })),
    load: loadavg()[0]!,
  };
}

/** The run with the median performance score (its own metrics, so the figures of one run stay together). */
function medianRun(runs: LighthouseRun[]): LighthouseRun {
  const m = median(runs.map((r) => r.performance));
  return [...runs].sort((a, b) => Math.abs(a.performance - m) - Math.abs(b.performance - m))[0]!;
}

const row = (name: string, r: LighthouseRun) =>
  `| ${name} | ${r.performance} | ${r.accessibility} | ${(r.metrics.fcp / 1000).toFixed(2)} s | ` +
  `${(r.metrics.lcp / 1000).toFixed(2)} s | ${Math.round(r.metrics.tbt)} ms | ${(r.metrics.tti / 1000).toFixed(2)} s | ` +
  `${(r.metrics.si / 1000).toFixed(2)} s | ${r.metrics.cls.toFixed(3)} | ${(r.metrics.bytes / 1024).toFixed(0)} KB | ${r.load.toFixed(2)} |`;

export function lighthouseMarkdown(r: LighthouseResults): string {
  const all = (name: string, s: { runs: LighthouseRun[] }) =>
    s.runs.map((run, i) => row(`${name} run ${i + 1}`, run)).join('\n');
  const tasks = (s: LighthouseRun) =>
    s.longTasks.map((t) => `- ${t.ms} ms — ${t.url || '(no script)'}`).join('\n') || '- none';
  return `# Lighthouse — ${r.date}

Lighthouse ${r.lighthouse}, ${r.chromium}, against \`dist/\` served as deployed: ${Object.values(r.server).join('; ')}.
Mobile is Lighthouse's default (simulated slow 4G, 4× CPU slowdown); desktop its desktop preset. ${RUNS} runs each;
the median row is the run with the median performance score. Load is the machine's 1-minute load average when the
run ended (2 cores, shared).

| | performance | accessibility | FCP | LCP | TBT | TTI | speed index | CLS | bytes | load |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${row('**mobile (median)**', r.mobile.median)}
${row('**desktop (median)**', r.desktop.median)}
${all('mobile', r.mobile)}
${all('desktop', r.desktop)}

Long main-thread tasks in the median mobile run (what total blocking time counts):

${tasks(r.mobile.median)}
`;
}

export async function runLighthouse(repo: string, dist: string): Promise<LighthouseResults> {
  const server = await serveDeployed(dist);
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const out = { mobile: [] as LighthouseRun[], desktop: [] as LighthouseRun[] };
    for (let i = 0; i < RUNS; i++)
      for (const kind of ['mobile', 'desktop'] as const) {
        const run = await once(server.url, chrome.port, kind === 'desktop');
        out[kind].push(run);
        console.log(
          `  lighthouse ${kind} run ${i + 1}: performance ${run.performance}, a11y ${run.accessibility}, load ${run.load.toFixed(2)}`,
        );
      }
    const version = (await fetch(`http://127.0.0.1:${chrome.port}/json/version`).then((r) => r.json())) as {
      Browser: string;
    };
    const results: LighthouseResults = {
      date: new Date().toISOString(),
      lighthouse: '12.2.3',
      chromium: version.Browser,
      server: DEPLOYED_SETTINGS,
      mobile: { runs: out.mobile, median: medianRun(out.mobile) },
      desktop: { runs: out.desktop, median: medianRun(out.desktop) },
    };
    const dir = join(repo, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    for (const name of ['lighthouse-latest', `lighthouse-${results.date.slice(0, 10)}`]) {
      writeFileSync(join(dir, `${name}.json`), JSON.stringify(results, null, 2) + '\n');
      writeFileSync(join(dir, `${name}.md`), lighthouseMarkdown(results));
    }
    return results;
  } finally {
    chrome.kill();
    await server.close();
  }
}
