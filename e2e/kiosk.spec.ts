import type { Page } from '@playwright/test';
import { clickNode, expect, settle, test, waitForCanvas } from './fixtures';

/**
 * The unattended touch kiosk (?kiosk): a 1920×1080 landscape touch screen, time driven by Playwright's clock
 * (page.clock) so idle times and countdowns pass without waiting.
 */
const IDLE = 30;
/** countdownSecondsFor(30) in src/kiosk/idle.ts. */
const COUNTDOWN = 10;

test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true, isMobile: false });
// Each test walks a whole visit; on a shared, busy machine that can take longer than the default minute.
test.describe.configure({ timeout: 180_000 });

type KioskProbe = { injectError(part: string): void };

async function openKiosk(page: Page, query = ''): Promise<void> {
  await page.clock.install();
  await page.goto(`/?kiosk&idle=${IDLE}${query}`);
  await waitForCanvas(page);
}

const kiosk = (page: Page) => page.evaluate(() => window.__taigu!.store.getState().kiosk);

/** Everything an idle reset must restore, read from the store. */
const startState = (page: Page) =>
  page.evaluate(() => {
    const s = window.__taigu!.store.getState();
    return {
      ops: s.ops,
      selected: s.selected,
      hiddenKinds: s.hiddenKinds,
      hiddenRelations: s.hiddenRelations,
      lang: s.lang,
      theme: s.theme,
      layout: s.layout,
      query: s.kiosk.query,
      panel: s.kiosk.panel,
    };
  });

const cameraOf = (page: Page) => page.evaluate(() => window.__taiguCanvas!.viewport());

async function wake(page: Page): Promise<void> {
  await page.touchscreen.tap(960, 600);
  await expect.poll(async () => (await kiosk(page)).phase).toBe('explore');
}

/** A node with hidden children, drawn well inside the canvas (clear of the controls at the bottom). */
const closedNodeOnScreen = (page: Page) =>
  page.evaluate(() => {
    const s = window.__taigu!.store.getState();
    const drawn = window.__taiguCanvas!.renderedPositions();
    const box = document.querySelector('.graph-canvas')!.getBoundingClientRect();
    return Object.keys(drawn).find((id) => {
      const p = drawn[id]!;
      const children = s.model!.children.get(id) ?? [];
      return (
        children.length > 0 &&
        !children.some((c) => c in drawn) &&
        p.x > 100 &&
        p.x < box.width - 100 &&
        p.y > 100 &&
        p.labelY < box.height - 200
      );
    })!;
  });

test('the attract screen invites, the page is locked down, links and stored views are ignored', async ({
  page,
}) => {
  // A stored view and a link that would open something: a kiosk shows its own start regardless.
  await page.addInitScript(() =>
    localStorage.setItem(
      'taigu:view:taigu-2021',
      JSON.stringify({ query: '?x=goal-agri-hi-tech-zone&s=goal-agri-hi-tech-zone&lang=en' }),
    ),
  );
  await openKiosk(page, '&s=part-1-goals&lang=en&hk=measure');
  const attract = page.getByTestId('kiosk-attract');
  await expect(attract).toBeVisible();
  await expect(attract).toContainText('触摸探索');
  await expect(attract).toContainText('Touch to explore');
  expect((await kiosk(page)).phase).toBe('attract');
  // The link's and the stored view's choices are ignored: the attract loop shows the overview tour's first step.
  const firstStep = await page.evaluate(() => {
    const st = window.__taigu!.store.getState();
    return { tour: st.tour, focus: st.tours.find((t) => t.id === 'overview')!.steps[0]!.focus };
  });
  expect(firstStep.tour).toMatchObject({ id: 'overview', step: 0, loop: true });
  expect(await startState(page)).toEqual({
    ops: (await startState(page)).ops,
    selected: firstStep.focus,
    hiddenKinds: [],
    hiddenRelations: [],
    lang: 'zh',
    theme: 'light',
    layout: 'radial',
    query: '',
    panel: null,
  });
  expect(JSON.stringify((await startState(page)).ops)).not.toContain('goal-agri-hi-tech-zone');
  await expect(page.getByTestId('kiosk-version')).toContainText(/版本 \d+\.\d+\.\d+ · \d{4}-\d\d-\d\d \w+/);

  // The attract loop plays the overview tour and advances on its own.
  const tourStep = () => page.evaluate(() => window.__taigu!.store.getState().tour?.step);
  const first = await tourStep();
  await page.clock.runFor(30_000);
  expect(await tourStep()).not.toBe(first);
  // Its caption and step show; nothing a presenter uses (no keyboard here, and any touch starts exploring).
  await expect(page.getByTestId('present-caption')).toBeVisible();
  await expect(page.getByTestId('present-count')).toBeVisible();
  for (const name of ['上一步', '下一步', '自动播放', '退出演示'])
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  await expect(page.getByText(/Esc/).filter({ visible: true })).toHaveCount(0);

  // Nothing that leaves the app or opens an OS dialog is on screen.
  const visibleHidden = await page.evaluate(
    () =>
      [...document.querySelectorAll('[data-kiosk="hide"]')].filter((el) => el.getClientRects().length).length,
  );
  expect(visibleHidden).toBe(0);
  for (const name of ['打开文件', '分享', '全部展开', '重置视图'])
    await expect(page.getByRole('button', { name }).filter({ visible: true })).toHaveCount(0);
  await expect(page.getByRole('combobox').filter({ visible: true })).toHaveCount(0);

  const lock = await page.evaluate(() => {
    const fire = (type: string, init: EventInit = {}) => {
      const e = new Event(type, { bubbles: true, cancelable: true, ...init });
      document.body.dispatchEvent(e);
      return e.defaultPrevented;
    };
    const ctrlWheel = new WheelEvent('wheel', {
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
      deltaY: -100,
    });
    document.body.dispatchEvent(ctrlWheel);
    const link = document.createElement('a');
    link.href = 'https://example.org/';
    document.body.append(link);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    link.remove();
    const css = getComputedStyle(document.documentElement);
    return {
      viewport: document.querySelector('meta[name="viewport"]')!.getAttribute('content'),
      userSelect: css.userSelect,
      overscroll: css.overscrollBehaviorY,
      touchAction: css.touchAction,
      contextmenu: fire('contextmenu'),
      selectstart: fire('selectstart'),
      drop: fire('drop'),
      ctrlWheel: ctrlWheel.defaultPrevented,
      link: click.defaultPrevented,
      popup: window.open('https://example.org/') === null,
    };
  });
  expect(lock).toEqual({
    viewport: expect.stringContaining('user-scalable=no'),
    userSelect: 'none',
    overscroll: 'none',
    touchAction: 'none',
    contextmenu: true,
    selectstart: true,
    drop: true,
    ctrlWheel: true,
    link: true,
    popup: true,
  });
  // The cursor hides after a few seconds without input.
  await page.clock.runFor(4000);
  expect(await page.evaluate(() => getComputedStyle(document.body).cursor)).toBe('none');

  // Back (a back-swipe) after a touch stays in the app.
  await wake(page);
  await page.goBack().catch(() => undefined);
  await expect(page.getByRole('toolbar', { name: '展台控制' })).toBeVisible();
  expect(new URL(page.url()).search).toBe(`?kiosk&idle=${IDLE}&s=part-1-goals&lang=en&hk=measure`);
});

test('a tap stops the attract loop; exploring works by touch', async ({ page, context }) => {
  await openKiosk(page);
  await wake(page);
  await expect(page.getByTestId('kiosk-attract')).toBeHidden();
  const bar = page.getByRole('toolbar', { name: '展台控制' });
  await expect(bar).toBeVisible();
  // Large targets: every control of the bar is at least 64 px.
  const heights = await bar
    .getByRole('button')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(64);

  // The outline as big buttons: tap → revealed, selected, details shown.
  await bar.getByRole('button', { name: '大纲' }).tap();
  await page.locator('.kiosk-drawer [data-id="goal-agri-hi-tech-zone"]').tap();
  await expect.poll(async () => (await startState(page)).selected).toBe('goal-agri-hi-tech-zone');
  await expect(page.getByTestId('details')).toContainText('国家级农高区');
  await expect(page.locator('.kiosk-drawer')).toBeHidden();
  await settle(page);

  // Tap a node on the canvas: it opens.
  const closed = await closedNodeOnScreen(page);
  await clickNode(page, closed, 'shape', 'touch');
  const after = await startState(page);
  expect(after.selected).toBe(closed);
  expect(after.ops).toContainEqual({ op: 'expand', id: closed });

  // Zoom buttons and a two-finger pinch zoom the graph.
  const z0 = (await cameraOf(page)).zoom;
  await bar.getByRole('button', { name: '放大' }).tap();
  await settle(page);
  const z1 = (await cameraOf(page)).zoom;
  expect(z1).toBeGreaterThan(z0);
  const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
  const cdp = await context.newCDPSession(page);
  const cx = canvas.x + canvas.width / 3;
  const cy = canvas.y + canvas.height / 2;
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: [
      { x: cx - 40, y: cy, id: 1 },
      { x: cx + 40, y: cy, id: 2 },
    ],
  });
  for (let step = 1; step <= 10; step++)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [
        { x: cx - 40 - step * 12, y: cy, id: 1 },
        { x: cx + 40 + step * 12, y: cy, id: 2 },
      ],
    });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await settle(page);
  expect((await cameraOf(page)).zoom).toBeGreaterThan(z1 * 1.3);

  // Language.
  await bar.getByRole('button', { name: '切换到英文' }).tap();
  expect((await startState(page)).lang).toBe('en');
  const barEn = page.getByRole('toolbar', { name: 'Kiosk controls' });

  // Search without a keyboard: pinyin initials on the on-screen keypad.
  await barEn.getByRole('button', { name: 'Search' }).tap();
  const keypad = page.getByRole('region', { name: 'Search by pinyin initials' });
  for (const letter of ['L', 'H', 'C']) await keypad.getByRole('button', { name: letter, exact: true }).tap();
  await expect(page.getByTestId('kiosk-query')).toHaveText('LHC');
  await keypad.locator('.kiosk-results button').first().tap();
  await expect.poll(async () => (await startState(page)).selected).toBe('project-lehua-city');
  await expect(keypad).toBeHidden();
});

/** Labels as drawn: the smallest on screen, and every pair that overlaps (label on label, label on a shape). */
const labelsOnScreen = (page: Page) =>
  page.evaluate(() => {
    type P = { x: number; y: number };
    const outlines = window.__taiguCanvas!.labelOutlines();
    // Convex outlines overlap unless some edge's normal separates them (ray labels are turned rectangles).
    const hit = (a: P[], b: P[]) =>
      ![a, b].some((poly) =>
        poly.some((p, i) => {
          const q = poly[(i + 1) % poly.length]!;
          const [nx, ny] = [q.y - p.y, p.x - q.x];
          const pa = a.map((r) => r.x * nx + r.y * ny);
          const pb = b.map((r) => r.x * nx + r.y * ny);
          const len = Math.hypot(nx, ny) || 1;
          return Math.max(...pa) <= Math.min(...pb) + len || Math.max(...pb) <= Math.min(...pa) + len;
        }),
      );
    const ids = Object.keys(outlines).filter((id) => outlines[id]!.drawn);
    const overlaps: string[] = [];
    for (const a of ids)
      for (const b of ids) {
        if (a === b) continue;
        if (a < b && hit(outlines[a]!.label, outlines[b]!.label)) overlaps.push(`label ${a} × label ${b}`);
        if (hit(outlines[a]!.label, outlines[b]!.shape)) overlaps.push(`label ${a} × shape ${b}`);
      }
    const zoom = window.__taiguCanvas!.viewport().zoom;
    // What is drawn beyond the canvas, or under the control bar floating over its foot (page coordinates).
    const canvas = document.querySelector('.graph-canvas')!.getBoundingClientRect();
    const bar = document.querySelector('.kiosk-bar')?.getBoundingClientRect() ?? new DOMRect(0, Infinity);
    const hidden = ids.filter((id) =>
      [...outlines[id]!.label, ...outlines[id]!.shape].some(
        ({ x, y }) =>
          x < 0 ||
          y < 0 ||
          x > canvas.width ||
          y > canvas.height ||
          (canvas.left + x > bar.left && canvas.left + x < bar.right && canvas.top + y > bar.top),
      ),
    );
    return {
      hidden,
      smallestPx: Math.min(...ids.map((id) => outlines[id]!.fontPx)),
      /** Font size in graph units (independent of the camera), per node. */
      font: Object.fromEntries(ids.map((id) => [id, outlines[id]!.fontPx / zoom])),
      overlaps,
    };
  });

test("canvas labels are larger than on a desk, readable at arm's length, and never overlap", async ({
  page,
  context,
}) => {
  const desk = await context.newPage();
  await desk.goto('/');
  await waitForCanvas(desk);
  const onDesk = await labelsOnScreen(desk);
  await desk.close();

  await openKiosk(page);
  await wake(page);
  await settle(page);
  const start = await labelsOnScreen(page);
  expect(start.overlaps).toEqual([]);
  // The whole start picture is framed above the control bar, none of it cut by the canvas's edges.
  expect(start.hidden).toEqual([]);
  // The same nodes, drawn a third larger (node-metrics.ts, KIOSK_SCALE) …
  for (const id of ['taigu-plan-2021', 'part-1-goals', 'goal-agri-hi-tech-zone'])
    expect(start.font[id]! / onDesk.font[id]!).toBeCloseTo(1.35, 2);
  // … readable at arm's length, with the whole picture above the bar (the desk's start view has no bar to clear).
  expect(start.smallestPx).toBeGreaterThanOrEqual(14);

  // A goal opened by touch: its parts find room without covering anything, in both languages.
  await clickNode(page, 'goal-agri-hi-tech-zone', 'shape', 'touch');
  expect((await startState(page)).ops).toContainEqual({ op: 'expand', id: 'goal-agri-hi-tech-zone' });
  expect((await labelsOnScreen(page)).overlaps).toEqual([]);
  await page.getByRole('toolbar', { name: '展台控制' }).getByRole('button', { name: '切换到英文' }).tap();
  await settle(page);
  expect((await labelsOnScreen(page)).overlaps).toEqual([]);
});

test('after the idle time a countdown returns everything to the exact start; a touch cancels it', async ({
  page,
}) => {
  await openKiosk(page);
  const start = await startState(page);
  const startCamera = await cameraOf(page);

  await wake(page);
  const bar = page.getByRole('toolbar', { name: '展台控制' });
  await bar.getByRole('button', { name: '大纲' }).tap();
  await page.locator('.kiosk-drawer [data-id="goal-agri-hi-tech-zone"]').tap();
  await bar.getByRole('button', { name: '放大' }).tap();
  await bar.getByRole('button', { name: '搜索' }).tap();
  await page
    .getByRole('region', { name: '拼音首字母搜索' })
    .getByRole('button', { name: 'G', exact: true })
    .tap();
  await bar.getByRole('button', { name: '切换到英文' }).tap();
  // The kiosk has no controls for these, but a reset must undo them all the same.
  await page.evaluate(() => {
    const s = window.__taigu!.store.getState();
    s.setTheme('dark');
    s.toggleKind('measure');
    s.toggleRelation('supports');
  });
  await settle(page);
  const explored = await startState(page);
  expect(explored).not.toEqual(start);
  expect(explored.panel).toBe('search');

  // The last touch; the idle time counts from here (page time, which also flows while the test runs).
  const barBox = (await page.locator('.kiosk-bar').boundingBox())!;
  await page.touchscreen.tap(barBox.x + 4, barBox.y + barBox.height / 2);
  const touchedAt = await page.evaluate(() => Date.now());
  // From here page time moves only when the test says so (a busy machine must not eat the countdown). The jump
  // leaves room for the real time that passes before the pause takes hold; it counts as idle time.
  await page.clock.pauseAt(touchedAt + 5000);
  const runTo = async (ms: number) =>
    page.clock.runFor(Math.max(0, touchedAt + ms - (await page.evaluate(() => Date.now()))));

  // Not yet: just before the countdown.
  await runTo((IDLE - COUNTDOWN) * 1000 - 1000);
  expect((await kiosk(page)).phase).toBe('explore');
  await runTo((IDLE - COUNTDOWN) * 1000 + 300);
  const countdown = page.getByTestId('kiosk-countdown');
  await expect(countdown).toHaveText(`Returning to the start in ${COUNTDOWN}…`);
  await runTo((IDLE - COUNTDOWN + 3) * 1000 + 300);
  await expect(countdown).toHaveText(`Returning to the start in ${COUNTDOWN - 3}…`);

  // A touch cancels it and the visit goes on as it was.
  await page.touchscreen.tap(1200, 300);
  await expect(countdown).toBeHidden();
  expect((await kiosk(page)).phase).toBe('explore');
  expect((await startState(page)).selected).toBe(explored.selected);

  // Idle again: countdown, then the start.
  await page.clock.runFor(IDLE * 1000 + 1000);
  await expect.poll(async () => (await kiosk(page)).phase).toBe('attract');
  await expect(page.getByTestId('kiosk-attract')).toBeVisible();
  expect(await startState(page)).toEqual(start);
  // The attract loop has started again at its first step, framed as at the start.
  expect(await page.evaluate(() => window.__taigu!.store.getState().tour)).toMatchObject({
    id: 'overview',
    step: 0,
  });
  await page.clock.resume();
  await settle(page);
  const camera = await cameraOf(page);
  expect(camera.zoom).toBeCloseTo(startCamera.zoom, 5);
  expect(camera.pan.x).toBeCloseTo(startCamera.pan.x, 1);
  expect(camera.pan.y).toBeCloseTo(startCamera.pan.y, 1);
  // Nothing of the visit was written anywhere.
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('taigu:view:'))),
  ).toEqual([]);
  expect(new URL(page.url()).search).toBe(`?kiosk&idle=${IDLE}`);
});

test('an error in any part shows a calm message and restarts to the start', async ({ page }) => {
  await openKiosk(page);
  const start = await startState(page);
  await wake(page);
  await page.getByRole('toolbar', { name: '展台控制' }).getByRole('button', { name: '大纲' }).tap();
  await page.locator('.kiosk-drawer [data-id="part-2-strategy"]').tap();
  expect((await startState(page)).selected).toBe('part-2-strategy');

  await page.evaluate(() => (window.__taigu as unknown as KioskProbe).injectError('canvas'));
  await expect(page.getByTestId('kiosk-crash')).toBeVisible();
  await page.clock.runFor(3500);
  await expect(page.getByTestId('kiosk-crash')).toBeHidden();
  expect((await kiosk(page)).phase).toBe('attract');
  await waitForCanvas(page);
  expect(await startState(page)).toEqual(start);
  await expect(page.locator('.panel-error')).toHaveCount(0);
  await expect(page.getByTestId('kiosk-attract')).toBeVisible();

  // The same for another part; the crash is counted.
  await wake(page);
  await page.evaluate(() => (window.__taigu as unknown as KioskProbe).injectError('details'));
  await expect(page.getByTestId('kiosk-crash')).toBeVisible();
  await page.clock.runFor(3500);
  await waitForCanvas(page);
  expect((await kiosk(page)).phase).toBe('attract');
  expect(await page.evaluate(() => JSON.parse(sessionStorage.getItem('taigu:kiosk:crashes')!).length)).toBe(
    2,
  );
});

test('repeated errors back off into safe mode: a static overview with the outline', async ({ page }) => {
  await openKiosk(page);
  // The canvas, the whole app, the details panel: three crashes within two minutes.
  for (const part of ['canvas', 'app', 'details']) {
    await wake(page);
    await page.evaluate((p) => (window.__taigu as unknown as KioskProbe).injectError(p), part);
    await expect
      .poll(async () => (await kiosk(page)).crashed || (await kiosk(page)).phase === 'safe')
      .toBe(true);
    await page.clock.runFor(3500);
  }
  await expect(page.getByTestId('kiosk-safe')).toBeVisible();
  expect((await kiosk(page)).phase).toBe('safe');
  await expect(page.getByTestId('graph-canvas')).toHaveCount(0);
  const entry = page.locator('.kiosk-safe [data-id="part-3-measures"]');
  await expect(entry).toContainText('落实举措不务虚');
  await entry.tap();
  await expect(page.locator('.kiosk-safe-detail')).toContainText('落实举措不务虚');
  // No restart loop: time passes, safe mode stays (until a quiet spell of ten minutes).
  await page.clock.runFor(60_000);
  expect((await kiosk(page)).phase).toBe('safe');
});

test('the screen wake lock is held and taken again when the page comes back', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __locks: { released: boolean }[] };
    w.__locks = [];
    Object.defineProperty(navigator, 'wakeLock', {
      value: {
        request: async () => {
          const lock = { released: false, release: async () => void (lock.released = true) };
          w.__locks.push(lock);
          return lock;
        },
      },
    });
  });
  await openKiosk(page);
  const locks = () => page.evaluate(() => (window as unknown as { __locks: unknown[] }).__locks.length);
  await expect.poll(locks).toBe(1);
  // The browser releases the lock when the page is hidden; coming back requests it again.
  await page.evaluate(() => {
    (window as unknown as { __locks: { released: boolean }[] }).__locks[0]!.released = true;
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect.poll(locks).toBe(2);
});

test('offline: after one load, a reload runs the app with no network at all', async ({ page, context }) => {
  await page.goto(`/?kiosk&idle=${IDLE}`);
  await waitForCanvas(page);
  // The service worker has precached the build and controls the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
  await context.setOffline(true);
  const reachedNetwork: string[] = [];
  await context.route('**/*', (route) => {
    reachedNetwork.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await page.reload();
  await waitForCanvas(page);
  await expect(page.getByTestId('kiosk-attract')).toBeVisible();
  expect(await page.evaluate(() => window.__taigu!.store.getState().model?.nodes.size)).toBeGreaterThan(100);
  // The pinyin keypad works offline too (the search index came from the precache).
  await wake(page);
  await page.getByRole('toolbar', { name: '展台控制' }).getByRole('button', { name: '搜索' }).tap();
  for (const l of ['G', 'C', 'Y']) await page.getByRole('button', { name: l, exact: true }).tap();
  await expect(page.locator('.kiosk-results [data-id="concept-gucheng-yuan"]')).toBeVisible();
  expect(reachedNetwork).toEqual([]);
});
