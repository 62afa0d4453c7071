import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../scripts/lib/chromium';
import { LONG_TASK_INIT } from './page-probes';

export { CHROMIUM_LAUNCH };

export function launchChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM_LAUNCH);
}

export interface Size {
  width: number;
  height: number;
}

export interface PageOptions {
  viewport: Size;
  /** Emulates prefers-reduced-motion: reduce (the app then skips its 300 ms animation). */
  reducedMotion?: boolean;
  /**
   * Files the page may ask for and not find (an HTTP error for any other URL fails the run), e.g. the
   * optional start-layout.json next to a generated graph.
   */
  allowMissing?: readonly RegExp[];
}

export interface FreshPage {
  page: Page;
  /** Rejects as soon as the page throws, so a broken page fails its run at once instead of timing out. */
  guard<T>(work: Promise<T>): Promise<T>;
}

/**
 * A new browser context (empty cache and storage) with one page, closed after `body`. An uncaught error, a
 * console error or a failed request (other than `allowMissing`) in the page fails the run. Main-thread long
 * tasks are collected from the start (page-probes.ts).
 */
export async function withFreshPage<T>(
  browser: Browser,
  options: PageOptions,
  body: (fresh: FreshPage) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({
    viewport: options.viewport,
    deviceScaleFactor: 1,
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  // tsx names inner functions with an `__name` helper; functions handed to page.evaluate need it in the page.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript({ content: LONG_TASK_INIT });
  const errors: string[] = [];
  let reject: (error: Error) => void = () => {};
  const failed = new Promise<never>((_, r) => (reject = r));
  failed.catch(() => {});
  try {
    const page = await context.newPage();
    const fail = (message: string) => {
      errors.push(message);
      reject(new Error(`page error: ${message}`));
    };
    page.on('pageerror', (e) => fail(e.message));
    // Failed requests are judged by URL below; Chrome's console line for them does not name the URL.
    page.on(
      'console',
      (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && fail(m.text()),
    );
    page.on('response', (r) => {
      if (r.status() >= 400 && !options.allowMissing?.some((re) => re.test(r.url())))
        fail(`HTTP ${r.status()} for ${r.url()}`);
    });
    const result = await body({ page, guard: (work) => Promise.race([work, failed]) });
    if (errors.length) throw new Error(`page error: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * The start time (ms since navigation start) of the `count`-th performance mark called `name`, waiting for
 * it without polling (a PerformanceObserver in the page).
 */
export function waitForMark(page: Page, name: string, count: number, timeoutMs: number): Promise<number> {
  return page.evaluate(
    ({ name, count, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const found = () => performance.getEntriesByName(name, 'mark')[count - 1];
        const now = found();
        if (now) return resolve(now.startTime);
        const observer = new PerformanceObserver(() => {
          const mark = found();
          if (!mark) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(mark.startTime);
        });
        observer.observe({ type: 'mark' });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no "${name}" mark #${count} within ${timeoutMs} ms`));
        }, timeoutMs);
      }),
    { name, count, timeoutMs },
  );
}

/**
 * When the last response whose URL contains one of `parts` ended (ms since navigation start), counting only
 * responses that ended by `before` (files loaded after the first render are not part of it).
 */
export function lastResponseEnd(page: Page, parts: readonly string[], before: number): Promise<number> {
  return page.evaluate(
    ({ parts, before }) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => parts.some((p) => e.name.includes(p)) && e.responseEnd <= before)
        .reduce((end, e) => Math.max(end, e.responseEnd), 0),
    { parts: [...parts], before },
  );
}
