import type { Page } from '@playwright/test';
import { frameSummary, panZoomSequence, type FrameSummary, type LongTask } from './metrics';

/**
 * Runs in every benchmark page before its own scripts (addInitScript): collects main-thread long tasks from
 * the start of the navigation, for windows chosen later (load, expand).
 */
export const LONG_TASK_INIT = `
globalThis.__benchLongTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      globalThis.__benchLongTasks.push({ startTime: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {}
`;

/** The long tasks seen so far; waits a little first, as the observer reports a finished task in a later task. */
export function readLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(async () => {
    await new Promise((r) => setTimeout(r, 50));
    return [...((globalThis as { __benchLongTasks?: LongTask[] }).__benchLongTasks ?? [])];
  });
}

/** Used JS heap in MB after a full garbage collection (Chrome DevTools Protocol; exact, not bucketed). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}

/** Whether the page's cytoscape draws with its WebGL renderer (cy.renderer().webgl). */
export function usesWebgl(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const host = [...document.querySelectorAll('div')].find((d) => '_cyreg' in d) as
      { _cyreg?: { cy?: { renderer(): { webgl?: boolean } } } } | undefined;
    return Boolean(host?._cyreg?.cy?.renderer().webgl);
  });
}

export interface PanResult extends FrameSummary {
  /** Main-thread task time during the sequence (CDP Performance metrics TaskDuration), input and paint included. */
  busy: number;
}

/**
 * Fits the whole graph into the canvas, then drives the fixed pan and zoom sequence (metrics.ts, `perPhase`
 * steps of zoom in, drag and zoom out) with the
 * mouse over the canvas, waiting two animation frames after each step, and times every call of cytoscape's
 * renderer `render` (the function its requestAnimationFrame loop calls once per drawn frame; with
 * `webgl: true` cytoscape swaps in its WebGL render under the same name, which the wrapper then times).
 *
 * The page's cytoscape is found through the `_cyreg` property cytoscape sets on its container, so the app
 * needs no hook for it (see bench/README.md for the hook that would make this independent of that detail).
 */
export async function panRenderCost(page: Page, canvasSelector: string, perPhase = 20): Promise<PanResult> {
  const box = await page.locator(canvasSelector).boundingBox();
  if (!box) throw new Error(`no ${canvasSelector} to pan`);
  await page.evaluate(() => {
    type Renderer = { render(this: unknown, ...args: unknown[]): unknown };
    const host = [...document.querySelectorAll('div')].find((d) => '_cyreg' in d) as
      { _cyreg?: { cy?: { renderer(): Renderer; fit(e?: unknown, padding?: number): void } } } | undefined;
    const cy = host?._cyreg?.cy;
    if (!cy) throw new Error('no cytoscape instance on the page');
    const g = globalThis as { __benchFrames?: number[]; __benchRecording?: boolean };
    g.__benchFrames = [];
    g.__benchRecording = false;
    const r = cy.renderer();
    const render = r.render;
    r.render = function (this: unknown, ...args: unknown[]) {
      if (!g.__benchRecording) return render.apply(this, args);
      const t = performance.now();
      try {
        return render.apply(this, args);
      } finally {
        g.__benchFrames!.push(performance.now() - t);
      }
    };
    cy.fit(undefined, 40);
  });
  const frames = () =>
    page.evaluate(
      () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
    );
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await frames();
  // Cytoscape redraws once more 150 ms after the last wheel event; let the fit's frames settle first.
  await page.waitForTimeout(200);

  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    const taskTime = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    await page.evaluate(() => ((globalThis as { __benchRecording?: boolean }).__benchRecording = true));
    const busyBefore = await taskTime();
    for (const step of panZoomSequence(perPhase)) {
      if (step.kind === 'wheel') await page.mouse.wheel(0, step.deltaY);
      else if (step.kind === 'down') await page.mouse.down();
      else if (step.kind === 'up') await page.mouse.up();
      else await page.mouse.move(cx + step.dx, cy + step.dy);
      await frames();
    }
    await page.waitForTimeout(200);
    await frames();
    const busy = ((await taskTime()) - busyBefore) * 1000;
    const durations = await page.evaluate(() => {
      const g = globalThis as { __benchFrames?: number[]; __benchRecording?: boolean };
      g.__benchRecording = false;
      return g.__benchFrames ?? [];
    });
    return { ...frameSummary(durations), busy };
  } finally {
    await cdp.detach();
  }
}
