import type { Page } from '@playwright/test';
import { expect, openApp, settle, storeState, test } from './fixtures';

interface Play {
  id: string;
  step: number;
  auto: boolean;
  loop: boolean;
}
const play = (page: Page) => storeState<Play | null>(page, 'tour');
const caption = (page: Page) => page.getByTestId('present-caption');
const count = (page: Page) => page.getByTestId('present-count');

/** The tour's step as data, read from the app (the tests assert against what the tour file says). */
const stepOf = (page: Page, id: string, step: number) =>
  page.evaluate(
    ([tid, n]) => {
      const s = window.__taigu!.store.getState();
      return s.tours.find((t) => t.id === tid)!.steps[n as number]!;
    },
    [id, step] as const,
  );

/** The focus node is drawn inside the canvas, and the canvas is what the presenter sees. */
async function focusOnScreen(page: Page, id: string): Promise<void> {
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const p = await page.evaluate((nid) => window.__taiguCanvas!.renderedPositions()[nid], id);
  expect(p, `${id} is on the canvas`).toBeTruthy();
  expect(p!.x).toBeGreaterThan(0);
  expect(p!.x).toBeLessThan(box.width);
  expect(p!.y).toBeGreaterThan(0);
  expect(p!.y).toBeLessThan(box.height);
}

/** Stops the page's time where it is: from now on only fastForward moves it, however slow the machine is. */
async function pauseClock(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 5_000); // a moment ahead: the page keeps ticking until the call arrives
}

test.describe('presentation mode', () => {
  test('every step of a goal tour frames its nodes with their whole labels, ray labels included', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openApp(page, '?present=goal-agri-hi-tech-zone');
    const total = await page.evaluate(
      () =>
        window.__taigu!.store.getState().tours.find((t) => t.id === 'goal-agri-hi-tech-zone')!.steps.length,
    );
    for (let n = 0; n < total; n++) {
      if (n) await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await play(page))?.step).toBe(n);
      await settle(page);
      const step = await stepOf(page, 'goal-agri-hi-tech-zone', n);
      const box = (await page.getByTestId('graph-canvas').boundingBox())!;
      const outlines = await page.evaluate(() => window.__taiguCanvas!.labelOutlines());
      for (const id of new Set([...step.reveal, step.focus])) {
        const o = outlines[id];
        expect(o, `${id} is drawn at step ${n + 1}`).toBeTruthy();
        for (const q of [...o!.label, ...o!.shape]) {
          expect(q.x, `${id} at step ${n + 1}`).toBeGreaterThanOrEqual(0);
          expect(q.x, `${id} at step ${n + 1}`).toBeLessThanOrEqual(box.width);
          expect(q.y, `${id} at step ${n + 1}`).toBeGreaterThanOrEqual(0);
          expect(q.y, `${id} at step ${n + 1}`).toBeLessThanOrEqual(box.height);
        }
      }
    }
  });

  test('?present=<id> opens the tour full-screen-style: panels hidden, caption, step 1 / N', async ({
    page,
  }) => {
    await openApp(page, '?present=overview');
    await expect(page.getByRole('region', { name: '演示' })).toBeVisible();
    expect(await play(page)).toEqual({ id: 'overview', step: 0, auto: false, loop: false });
    const first = await stepOf(page, 'overview', 0);
    await expect(caption(page)).toHaveText(first.caption.zh);
    await expect(count(page)).toHaveText(/^第 1 \/ \d 步$/);
    await expect(page.getByRole('heading', { name: '太谷战略图谱' })).toBeHidden();
    await expect(page.getByRole('tree')).toBeHidden();
    expect(await storeState(page, 'selected')).toBe(first.focus);
    await focusOnScreen(page, first.focus);
  });

  test('presenter keys move through the steps; the link keeps the step', async ({ page }) => {
    await openApp(page, '?present=overview&step=2');
    expect((await play(page))!.step).toBe(1);
    const total = await page.evaluate(
      () => window.__taigu!.store.getState().tours.find((t) => t.id === 'overview')!.steps.length,
    );
    const expectStep = async (n: number) => {
      await expect.poll(async () => (await play(page))?.step).toBe(n);
      const step = await stepOf(page, 'overview', n);
      await expect(caption(page)).toHaveText(step.caption.zh);
      await expect(count(page)).toHaveText(`第 ${n + 1} / ${total} 步`);
      await expect.poll(() => storeState(page, 'selected')).toBe(step.focus);
      await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(String(n + 1));
      await settle(page);
      await focusOnScreen(page, step.focus);
    };
    await page.keyboard.press('ArrowRight');
    await expectStep(2);
    await page.keyboard.press('PageDown');
    await expectStep(3);
    await page.keyboard.press('Space');
    await expectStep(4);
    await page.keyboard.press('PageUp');
    await expectStep(3);
    await page.keyboard.press('ArrowLeft');
    await expectStep(2);
    await page.keyboard.press('End');
    await expectStep(total - 1);
    await page.keyboard.press('Home');
    await expectStep(0);
  });

  test('Esc leaves to free exploring at the current step', async ({ page }) => {
    await openApp(page, '?present=goal-rural-revitalization');
    await page.keyboard.press('PageDown');
    await expect.poll(async () => (await play(page))?.step).toBe(1);
    const opsAtStep = await storeState(page, 'ops');
    await page.keyboard.press('Escape');
    await expect.poll(() => play(page)).toBeNull();
    await expect(page.getByRole('region', { name: '演示' })).toBeHidden();
    await expect(page.getByRole('heading', { name: '太谷战略图谱' })).toBeVisible();
    expect(await storeState(page, 'selected')).toBe('target-four-bests');
    expect(await storeState(page, 'ops')).toEqual(opsAtStep);
    // The details panel shows the focus, with its quote; the link is a view link again.
    await expect(page.getByRole('complementary', { name: '详情' })).toContainText('农业最强、农村最美');
    await expect.poll(() => new URL(page.url()).searchParams.get('s')).toBe('target-four-bests');
    expect(new URL(page.url()).searchParams.get('present')).toBeNull();
    await settle(page);
    await focusOnScreen(page, 'target-four-bests');
  });

  test('Esc during a step’s camera glide: once the panels are back the focus is still in view', async ({
    page,
  }) => {
    await page.clock.install();
    await openApp(page, '?present=goal-rural-revitalization');
    await pauseClock(page); // the step's glide starts and stays at its start until the clock moves
    await page.keyboard.press('PageDown');
    await expect.poll(async () => (await play(page))?.step).toBe(1);
    const canvas = page.getByTestId('graph-canvas');
    await expect(canvas).toHaveAttribute('data-layout', 'idle'); // the step's nodes are placed
    await page.clock.fastForward(100); // a few frames: the step's 600 ms glide is under way
    const fullWidth = (await canvas.boundingBox())!.width;
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: '太谷战略图谱' })).toBeVisible();
    await expect.poll(async () => (await canvas.boundingBox())!.width).toBeLessThan(fullWidth);
    // A glide aimed at the full-width canvas must not finish now and carry the focus off the narrower one.
    await page.clock.fastForward(2_000);
    await focusOnScreen(page, 'target-four-bests');
  });

  test('the header’s Present control chooses a tour; the buttons step and leave', async ({ page }) => {
    await openApp(page, '?lang=en');
    await page.getByRole('button', { name: 'Present a tour: choose one' }).click();
    await page.getByRole('button', { name: /Goal 3: a boutique urban area/ }).click();
    await expect(page.getByRole('region', { name: 'Presentation' })).toBeVisible();
    expect(await play(page)).toMatchObject({ id: 'goal-metropolitan-area', step: 0 });
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(count(page)).toHaveText('Step 2 of 4');
    const step = await stepOf(page, 'goal-metropolitan-area', 1);
    await expect(caption(page)).toHaveText(step.caption.en);
    await page.getByRole('button', { name: 'Leave presentation' }).click();
    await expect.poll(() => play(page)).toBeNull();
    expect(await storeState(page, 'selected')).toBe(step.focus);
  });

  test('auto-advance follows each step’s duration on the page clock (no real waiting)', async ({ page }) => {
    await page.clock.install();
    await openApp(page, '?present=goal-quality-life');
    await pauseClock(page);
    await page.getByRole('button', { name: '自动播放' }).click();
    expect(await play(page)).toMatchObject({ step: 0, auto: true });
    await page.clock.fastForward(9_000);
    expect((await play(page))!.step).toBe(0);
    await page.clock.fastForward(1_500);
    await expect.poll(async () => (await play(page))?.step).toBe(1);
    await expect(count(page)).toHaveText('第 2 / 3 步');
    await page.clock.fastForward(10_500);
    await expect.poll(async () => (await play(page))?.step).toBe(2);
    // The last step stays: auto-advance ends with the tour.
    await page.clock.fastForward(10_500);
    await expect.poll(async () => (await play(page))?.auto).toBe(false);
    expect((await play(page))!.step).toBe(2);
  });

  test('the attract loop the kiosk uses: auto and loop start over after the last step', async ({ page }) => {
    await page.clock.install();
    await openApp(page);
    await page.evaluate(() =>
      window.__taigu!.store.getState().startTour('goal-quality-life', { auto: true, loop: true, step: 2 }),
    );
    await expect(caption(page)).toBeVisible(); // the presentation chunk has loaded (React waits on timers)
    await pauseClock(page);
    await page.clock.fastForward(10_500);
    await expect.poll(async () => (await play(page))?.step).toBe(0);
  });

  test('under reduced motion the camera jumps to the step instead of gliding', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page, '?present=overview');
    // Every frame's camera from the step change on: a jump shows the old camera, then the new one, nothing between
    // (the step's layout may answer a few frames later).
    const seen = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const frames: string[] = [];
          const t0 = performance.now();
          window.__taigu!.store.getState().tourNext();
          const sample = () => {
            frames.push(JSON.stringify(window.__taiguCanvas!.viewport()));
            if (performance.now() - t0 < 2000) requestAnimationFrame(sample);
            else resolve(frames);
          };
          sample();
        }),
    );
    expect((await play(page))!.step).toBe(1);
    await settle(page);
    const distinct = seen.filter((v, i) => i === 0 || v !== seen[i - 1]);
    expect(distinct.length).toBeLessThanOrEqual(2);
    expect(distinct.at(-1)).toBe(JSON.stringify(await page.evaluate(() => window.__taiguCanvas!.viewport())));
  });
});
