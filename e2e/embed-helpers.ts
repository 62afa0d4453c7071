import type { Frame, Page } from '@playwright/test';

/** The app's frame inside a host page (the app is served at 127.0.0.1). */
export async function appFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes('127.0.0.1'));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('the app did not load in a frame');
}

/** Waits until the framed app has drawn its graph and nothing moves any more. */
export async function frameReady(frame: Frame): Promise<void> {
  await frame.waitForFunction(
    () => Object.keys(window.__taiguCanvas?.positions() ?? {}).length > 5,
    undefined,
    {
      timeout: 60_000,
    },
  );
  await frame.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const a = JSON.stringify(window.__taiguCanvas?.positions());
        const v = JSON.stringify(window.__taiguCanvas?.viewport());
        setTimeout(
          () =>
            requestAnimationFrame(() =>
              resolve(
                document.querySelector('.graph-canvas')?.getAttribute('data-layout') !== 'running' &&
                  a === JSON.stringify(window.__taiguCanvas?.positions()) &&
                  v === JSON.stringify(window.__taiguCanvas?.viewport()),
              ),
            ),
          350,
        );
      }),
    undefined,
    { polling: 50, timeout: 60_000 },
  );
}

export const viewportOf = (frame: Frame) => frame.evaluate(() => window.__taiguCanvas!.viewport());
export const hostScroll = (page: Page) => page.evaluate(() => window.scrollY);

/** Where, in the host page's coordinates, the canvas of the framed app lies. */
async function canvasOrigin(
  page: Page,
  frame: Frame,
): Promise<{ x: number; y: number; w: number; h: number }> {
  const iframe = (await (await frame.frameElement()).boundingBox())!;
  const inner = await frame.evaluate(() => {
    const r = document.querySelector('.graph-canvas')!.getBoundingClientRect();
    return { x: r.x, y: r.y, w: r.width, h: r.height };
  });
  void page;
  return { x: iframe.x + inner.x, y: iframe.y + inner.y, w: inner.w, h: inner.h };
}

/** The centre of the node drawn nearest the middle of the canvas, in the host page's coordinates. */
export async function nodePoint(page: Page, frame: Frame): Promise<{ x: number; y: number; id: string }> {
  const o = await canvasOrigin(page, frame);
  const drawn = Object.entries(await frame.evaluate(() => window.__taiguCanvas!.renderedPositions()));
  const [id, p] = drawn.sort(
    ([, a], [, b]) => Math.hypot(a.x - o.w / 2, a.y - o.h / 2) - Math.hypot(b.x - o.w / 2, b.y - o.h / 2),
  )[0]!;
  return inView(page, { x: o.x + p.x, y: o.y + p.y, id });
}

/** Refuses a point outside the window: input there would prove nothing. */
function inView<T extends { x: number; y: number }>(page: Page, p: T): T {
  const size = page.viewportSize()!;
  if (p.x < 0 || p.y < 0 || p.x > size.width || p.y > size.height)
    throw new Error(`(${Math.round(p.x)}, ${Math.round(p.y)}) is outside the window`);
  return p;
}

/** A point of the canvas far from every node (in the host page's coordinates). */
export async function emptyPoint(page: Page, frame: Frame): Promise<{ x: number; y: number }> {
  const o = await canvasOrigin(page, frame);
  const drawn = Object.values(await frame.evaluate(() => window.__taiguCanvas!.renderedPositions()));
  let best = { x: 0, y: 0, d: -1 };
  for (let x = 40; x < o.w - 40; x += 20)
    for (let y = 40; y < o.h - 80; y += 20) {
      const d = Math.min(...drawn.map((p) => Math.hypot(p.x - x, p.y - y)));
      if (d > best.d) best = { x, y, d };
    }
  return inView(page, { x: o.x + best.x, y: o.y + best.y });
}

/**
 * A finger's swipe upwards from a point (bringing what lies below into view): touch events through the browser's
 * input pipeline, so the browser decides what scrolls, as it would for a real finger.
 */
export async function touchScroll(page: Page, at: { x: number; y: number }, distance = 240): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const steps = 12;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: at.x, y: at.y }] });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: at.x, y: at.y - (i * distance) / steps }],
    });
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}
