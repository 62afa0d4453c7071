/**
 * `npm run bench:soak [-- --steps N] [--strict] [--build]`: the kiosk's attract loop and idle resets for N tour
 * steps (default 500) in headless Chromium, time sped up with Playwright's clock, garbage collected before each
 * checkpoint (CDP HeapProfiler.collectGarbage), printing JS heap (and of it compiled code) and DOM node counts.
 * Checkpoint 1 follows a warm-up that visits every outline entry once; after it the figures should stay within
 * 10 %. Exit code: non-zero when something failed to run, or with
 * --strict when a figure drifted more than that. See bench/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './lib/browser';
import { APP_DIR, REPO, ensureAppBuild, snapshotDist } from './lib/prepare';
import { codeBytes, takeHeapSnapshot } from './lib/heap-snapshot';
import { serveStatic } from './lib/serve';
import { driftFromFirst, formatSoakTable, mib, withinAllowed, type Checkpoint } from './lib/soak-report';

const USAGE = `npm run bench:soak [-- options]

  --steps N    tour steps to run (default 500; CI runs 100)
  --strict     exit 1 when the heap or DOM counts drift more than 10 % after the first checkpoint
  --build      rebuild the app (npm run build) even when dist/ exists
  --help       this text`;

const IDLE_SECONDS = 10;
/** countdownSecondsFor(IDLE_SECONDS) in src/kiosk/idle.ts. */
const COUNTDOWN_SECONDS = 3;
const CHECKPOINTS = 10;
/** Page time for a step's layout and animation to finish (the clock runs it in an instant). */
const STEP_MS = 1500;

/** Every tenth step of the loop is a visit; the others advance the attract loop's tour. */
const VISIT_EVERY = 10;

/**
 * In the page: the attract loop's tour advances a step, or (`visit` given) a visitor comes: a touch wakes the
 * kiosk, they open outline entry number `visit` (cycling through every entry down to level 3), expand it, zoom,
 * sometimes switch to English or type on the keypad, then walk away (the idle reset follows in Node, with the
 * clock). Returns how many entries the visits cycle through.
 */
function pageStep(visit: number | null): number {
  const store = window.__taigu!.store;
  const s = store.getState();
  const model = s.model!;
  const ids = model.order.filter((id) => (model.level.get(id) ?? 9) <= 3);
  if (visit === null) {
    if (!s.tour) throw new Error('the attract loop is not playing a tour');
    s.tourNext();
    return ids.length;
  }
  window.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
  const id = ids[visit % ids.length]!;
  s.updateKiosk({ panel: 'outline' });
  s.reveal(id);
  s.updateKiosk({ panel: null });
  s.tapNode(id);
  window.__taigu!.camera.zoom({ direction: visit % 2 ? 'in' : 'out' });
  if (visit % 3 === 0) s.setLang('en');
  if (visit % 2 === 0) s.updateKiosk({ panel: 'search', query: 'GC'.slice(0, 1 + ((visit / 2) % 2)) });
  return ids.length;
}

async function checkpoint(
  page: Page,
  cdp: CDPSession,
  steps: number,
  startedAt: number,
): Promise<Checkpoint> {
  // Twice: the first collection can leave objects that only the second one frees (weak maps, finalizers).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    embedderHeapUsedSize?: number;
  };
  const dom = await cdp.send('Memory.getDOMCounters');
  const page_ = await page.evaluate(() => ({
    nodes: document.getElementsByTagName('*').length,
    now: Date.now(),
  }));
  // Last: taking a snapshot changes the DOM counters for a moment (it collected 50 nodes two collections had
  // left, then counted 90 more that were gone two seconds later).
  const code = codeBytes(await takeHeapSnapshot(cdp));
  return {
    steps,
    heapUsed: heap.usedSize,
    codeBytes: code,
    embedderHeapUsed: heap.embedderHeapUsedSize ?? 0,
    domNodes: dom.nodes,
    documentNodes: page_.nodes,
    jsEventListeners: dom.jsEventListeners,
    pageTimeMs: page_.now - startedAt,
  };
}

async function soak(url: string, steps: number): Promise<Checkpoint[]> {
  const browser = await chromium.launch({
    ...CHROMIUM_LAUNCH,
    args: [...CHROMIUM_LAUNCH.args, '--js-flags=--expose-gc'],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      hasTouch: true,
      deviceScaleFactor: 1,
    });
    // tsx names inner functions with an `__name` helper; functions handed to page.evaluate need it in the page.
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.clock.install();
    await page.goto(`${url}?kiosk&idle=${IDLE_SECONDS}`);
    await page.waitForFunction(
      () => Object.keys(window.__taiguCanvas?.positions() ?? {}).length > 5,
      undefined,
      {
        timeout: 120_000,
      },
    );
    const cdp = await context.newCDPSession(page);
    const startedAt = await page.evaluate(() => Date.now());
    let visits = 0;
    let entries = 0;
    const step = async (visit: number | null, label: string) => {
      entries = await page.evaluate(pageStep, visit);
      await page.clock.runFor(STEP_MS);
      if (visit !== null) {
        visits++;
        // Walks away: the quiet part of the idle time jumps by (its timer fires once), the countdown's ticks, the
        // reset and the camera's re-framing run frame by frame.
        await page.clock.fastForward((IDLE_SECONDS - COUNTDOWN_SECONDS) * 1000);
        await page.clock.runFor(COUNTDOWN_SECONDS * 1000 + 1000);
        const phase = await page.evaluate(() => window.__taigu!.store.getState().kiosk.phase);
        if (phase !== 'attract') throw new Error(`${label}: no idle reset (phase ${phase})`);
      }
      if (errors.length) throw new Error(`${label}: page error: ${errors.join('; ')}`);
    };
    const points: Checkpoint[] = [];
    const record = async (steps: number) => {
      // The layout worker runs in real time while the clock jumps: on a busy machine a step's layout can still be
      // on its way, and the checkpoint would count that moment's elements. Like is compared with like.
      await page.waitForFunction(
        () => document.querySelector('[data-layout]')?.getAttribute('data-layout') === 'idle',
        undefined,
        { timeout: 60_000, polling: 50 },
      );
      await page.clock.runFor(STEP_MS);
      const c = await checkpoint(page, cdp, steps, startedAt);
      points.push(c);
      console.log(
        `  checkpoint ${points.length}: ${steps} steps (${visits} visits), heap ${mib(c.heapUsed)} (code ${mib(c.codeBytes)}), ` +
          `Blink ${mib(c.embedderHeapUsed)}, DOM nodes ${c.domNodes}, in document ${c.documentNodes}, ` +
          `listeners ${c.jsEventListeners}`,
      );
    };

    // Warm-up: every outline entry the loop will visit is visited once, each visit followed by a tour step, so
    // checkpoint 1 comes after the caches that fill once per entry (label textures, details, the English index)
    // and after V8 has compiled the code paths the loop runs. From there on the loop only repeats what it did.
    await step(1, 'warm-up visit 1');
    for (let v = 2; v <= entries; v++) {
      await step(null, `warm-up tour step ${v - 1}`);
      await step(v, `warm-up visit ${v}`);
    }
    await record(0);
    const every = Math.max(1, Math.round(steps / CHECKPOINTS));
    let visit = entries;
    for (let n = 1; n <= steps; n++) {
      await step(n % VISIT_EVERY === 0 ? ++visit : null, `step ${n}`);
      if (n % every === 0 || n === steps) await record(n);
    }
    return points;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: {
      steps: { type: 'string' },
      strict: { type: 'boolean', default: false },
      build: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const steps = values.steps === undefined ? 500 : Number(values.steps);
  if (!Number.isInteger(steps) || steps < 10 || steps > 100_000) {
    console.error(`--steps wants a whole number from 10 to 100000, not "${values.steps}"\n\n${USAGE}`);
    return 2;
  }
  const began = performance.now();
  ensureAppBuild(values.build ?? false);
  const builtAt = await snapshotDist();
  const server = await serveStatic(APP_DIR);
  console.log(`» kiosk soak: ${steps} tour steps, idle ${IDLE_SECONDS} s, app build from ${builtAt}`);
  let points: Checkpoint[];
  try {
    points = await soak(server.url, steps);
  } finally {
    await server.close();
  }
  const drift = driftFromFirst(points);
  const table = formatSoakTable(points);
  console.log(`\n${table}\n`);
  const name = steps >= 500 ? 'soak-latest' : 'soak-quick';
  const dir = join(REPO, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const seconds = (performance.now() - began) / 1000;
  writeFileSync(
    join(dir, `${name}.json`),
    JSON.stringify(
      { schemaVersion: 1, steps, idleSeconds: IDLE_SECONDS, builtAt, seconds, drift, points },
      null,
      2,
    ) + '\n',
  );
  writeFileSync(join(dir, `${name}.md`), `# Kiosk soak, ${steps} steps\n\n\`\`\`\n${table}\n\`\`\`\n`);
  console.log(`wrote bench/results/${name}.json and .md in ${seconds.toFixed(0)} s`);
  return values.strict && !withinAllowed(drift) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`soak failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
