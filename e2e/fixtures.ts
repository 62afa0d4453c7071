import { test as base, expect, type Page } from '@playwright/test';

export interface Watch {
  pageErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
}

/**
 * Every test records page errors, CSP violations and requests to any origin but the app's own, and fails if
 * there is any: the whole suite doubles as the proof that the strict CSP holds and nothing leaves the machine.
 */
export const test = base.extend<{ watch: Watch; otherOrigins: string[] }>({
  /** Origins a test serves on purpose besides the app's (a host page that frames the app, a web server). */
  otherOrigins: [[], { option: true }],
  watch: [
    async ({ page, baseURL, otherOrigins }, use) => {
      const watch: Watch = { pageErrors: [], cspViolations: [], foreignRequests: [] };
      const origin = new URL(baseURL!).origin;
      page.on('pageerror', (e) => watch.pageErrors.push(e.message));
      page.on('console', (m) => {
        if (/Content[- ]Security[- ]Policy/i.test(m.text())) watch.cspViolations.push(m.text());
      });
      page.on('request', (r) => {
        const url = r.url();
        const allowed = [origin, ...otherOrigins].some((o) => url.startsWith(o));
        if (!allowed && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreignRequests.push(url);
      });
      await page.addInitScript(() => {
        const w = window as unknown as { __csp: string[]; __errors: string[] };
        document.addEventListener('securitypolicyviolation', (e) => {
          w.__csp ??= [];
          w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
        });
        // Frames of another site report their errors here (the page's own go to 'pageerror' too).
        if (window !== window.top)
          window.addEventListener('error', (e) => (w.__errors ??= []).push(String(e.message)));
      });
      await use(watch);
      // Every frame: an embedded app must hold the CSP and run without errors as much as the page itself.
      const inPage: string[] = [];
      for (const frame of page.frames()) {
        const found = await frame
          .evaluate(() => {
            const w = window as unknown as { __csp?: string[]; __errors?: string[] };
            return { csp: w.__csp ?? [], errors: w.__errors ?? [] };
          })
          .catch(() => ({ csp: [] as string[], errors: [] as string[] }));
        inPage.push(...found.csp);
        watch.pageErrors.push(...found.errors);
      }
      expect(watch.pageErrors, 'page errors').toEqual([]);
      expect([...watch.cspViolations, ...inPage], 'CSP violations').toEqual([]);
      expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export type Positions = Record<string, { x: number; y: number }>;

export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await waitForCanvas(page);
}

export async function waitForCanvas(page: Page): Promise<void> {
  await page.waitForFunction(() => Object.keys(window.__taiguCanvas?.positions() ?? {}).length > 5);
  await settle(page);
}

/** Waits until the layout worker has answered and no node moves between two frames (animations done). */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('.graph-canvas')?.getAttribute('data-layout') !== 'running',
    undefined,
    { polling: 50, timeout: 60_000 },
  );
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const a = JSON.stringify(window.__taiguCanvas?.positions());
        const v = JSON.stringify(window.__taiguCanvas?.viewport());
        setTimeout(() => {
          requestAnimationFrame(() =>
            resolve(
              a === JSON.stringify(window.__taiguCanvas?.positions()) &&
                v === JSON.stringify(window.__taiguCanvas?.viewport()),
            ),
          );
        }, 350);
      }),
    undefined,
    { polling: 50 },
  );
}

export const positions = (page: Page) => page.evaluate(() => window.__taiguCanvas!.positions());
/** A value of the store; waits for the app, which starts once the first view is on screen. */
export const storeState = async <T>(page: Page, pick: string) => {
  await page.waitForFunction(() => !!window.__taigu);
  return page.evaluate((p) => {
    const s = window.__taigu!.store.getState() as unknown as Record<string, unknown>;
    return s[p];
  }, pick) as Promise<T>;
};

/** Clicks a node where it is drawn, like a person would; `part` chooses its shape (badge) or its label. */
export async function clickNode(
  page: Page,
  id: string,
  part: 'shape' | 'label' = 'shape',
  how: 'mouse' | 'touch' = 'mouse',
): Promise<void> {
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const where = () => page.evaluate((nid) => window.__taiguCanvas!.renderedPositions()[nid], id);
  let p = await where();
  if (!p) throw new Error(`node ${id} is not on the canvas`);
  if (p.x < 20 || p.y < 20 || p.x > box.width - 20 || p.labelY > box.height - 20) {
    // Off screen: bring it into view first, as a person would pan to it.
    await page.evaluate((nid) => window.__taigu!.camera.center({ id: nid }), id);
    await settle(page);
    p = (await where())!;
  }
  // A label's middle as drawn: beneath the shape, or out along the node's ray in the radial layout.
  const label = await page.evaluate((nid) => window.__taiguCanvas!.labelOutlines()[nid]!.label, id);
  const mid = (k: 'x' | 'y') => label.reduce((s, q) => s + q[k], 0) / label.length;
  const x = box.x + (part === 'label' ? mid('x') : p.x);
  const y = box.y + (part === 'label' ? mid('y') : p.y);
  if (how === 'touch') await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
  await settle(page);
}

export function maxShift(before: Positions, after: Positions): number {
  let max = 0;
  for (const [id, p] of Object.entries(before)) {
    const q = after[id];
    if (q) max = Math.max(max, Math.hypot(p.x - q.x, p.y - q.y));
  }
  return max;
}
