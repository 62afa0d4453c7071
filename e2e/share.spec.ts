import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { clickNode, expect, openApp, storeState, test, waitForCanvas } from './fixtures';
import { appFrame, frameReady } from './embed-helpers';
import { startHostSite, type HostSite } from './host-site';
import { decodeQr } from './qr-decode';

const HOST_PORT = 4314;
const NODE = 'goal-agri-hi-tech-zone';
let host: HostSite;

test.use({ otherOrigins: [`http://localhost:${HOST_PORT}`] });
test.beforeAll(async () => {
  host = await startHostSite(HOST_PORT);
});
test.afterAll(async () => host.close());

/** What a reader sees of a view: the nodes drawn, the selection, the language. */
const seen = (target: Pick<Page, 'evaluate'>) =>
  target.evaluate(() => ({
    nodes: Object.keys(window.__taiguCanvas!.positions()).sort(),
    selected: window.__taigu!.store.getState().selected,
    lang: window.__taigu!.store.getState().lang,
  }));

async function openShare(page: Page) {
  await page.getByRole('button', { name: '分享' }).click();
  const dialog = page.getByRole('dialog', { name: '分享此视图' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('the share dialog: the link, a QR code that reads back as it, and embed code that shows the same view', async ({
  page,
  browser,
}) => {
  await openApp(page, `?x=${NODE}&s=${NODE}&lang=en`);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  const link = await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue();
  expect(link).toBe(page.url());
  const qr = dialog.getByRole('img', { name: /^QR code:/ });
  expect(await decodeQr(qr)).toBe(link);
  await expect(dialog.getByTestId('share-qr-note')).toHaveText(/Scan with a phone/);

  // The embed code, at 4:3, pasted into another site's page.
  await dialog.getByRole('combobox', { name: 'Aspect ratio' }).selectOption('4:3');
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toMatch(/^<iframe src="[^"]+\?embed&amp;ratio=4:3&amp;/);
  expect(code).toContain('aspect-ratio:4/3');
  expect(code).toMatch(/title="[^"]+"/);
  const before = await seen(page);
  const reader = await browser.newPage();
  await reader.goto(host.page('/pasted', code));
  const frame = await appFrame(reader);
  await frameReady(frame);
  expect(await seen(frame)).toEqual(before);
  const box = (await (await frame.frameElement()).boundingBox())!;
  expect(box.width / box.height).toBeCloseTo(4 / 3, 1);
  await reader.close();
});

test('a long link: the QR code carries the short form, says so, and opens the same nodes and selection', async ({
  page,
  browser,
}) => {
  await openApp(page);
  // A long exploration: many branches opened one by one, some folded again, then a node chosen.
  await page.evaluate(() => {
    const s = window.__taigu!.store.getState();
    const m = s.model!;
    const closed = m.order.filter(
      (id) => (m.children.get(id)?.length ?? 0) > 0 && (m.level.get(id) ?? 0) >= 3,
    );
    for (const id of closed.slice(0, 16)) window.__taigu!.store.getState().expand(id);
    for (const id of closed.slice(0, 10)) window.__taigu!.store.getState().collapse(id);
  });
  await waitForCanvas(page);
  const chosen = await page.evaluate(() => {
    const m = window.__taigu!.store.getState().model!;
    const drawn = Object.keys(window.__taiguCanvas!.positions());
    return drawn.filter((id) => (m.level.get(id) ?? 0) >= 3).pop() ?? `none of ${drawn.join(',')}`;
  });
  await clickNode(page, chosen, 'shape');
  await expect.poll(() => storeState(page, 'selected')).toBe(chosen);
  const dialog = await openShare(page);
  const link = await dialog.getByRole('textbox', { name: '此视图的链接' }).inputValue();
  expect(link.length).toBeGreaterThan(300);
  await expect(dialog.getByTestId('share-qr-note')).toHaveText(/二维码改用简短形式/);
  const short = await decodeQr(dialog.getByRole('img', { name: /^二维码：/ }));
  expect(short.length).toBeLessThanOrEqual(300);
  expect(short).not.toBe(link);
  const before = await seen(page);
  const phone = await browser.newPage();
  await phone.goto(short);
  await waitForCanvas(phone);
  expect(await seen(phone)).toEqual(before);
  await phone.close();
});

test('download PNG from the share dialog gives a picture of the view', async ({ page }) => {
  await openApp(page, `?x=${NODE}`);
  const dialog = await openShare(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: '下载 PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^taigu-view-\d{8}\.png$/);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  await expect(dialog.getByText(/已下载 taigu-view-/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test.describe('the kiosk', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true, isMobile: false });
  test.describe.configure({ timeout: 240_000 });

  const wake = async (page: Page) => {
    await page.touchscreen.tap(960, 600);
    await expect
      .poll(() => page.evaluate(() => window.__taigu!.store.getState().kiosk.phase))
      .toBe('explore');
  };

  test('"take this view with you" appears only with share=, and reads back as the public address plus the view', async ({
    page,
    browser,
  }) => {
    await page.clock.install();
    await page.goto('/?kiosk');
    await waitForCanvas(page);
    await wake(page);
    await expect(page.getByRole('toolbar', { name: '展台控制' })).toBeVisible();
    await expect(page.getByTestId('kiosk-take-away')).toHaveCount(0);

    await page.goto('/?kiosk&share=https://example.org/taigu/');
    await waitForCanvas(page);
    await wake(page);
    const card = page.getByRole('region', { name: '带走这个视图' });
    await expect(card).toBeVisible();
    const qr = card.getByRole('img', { name: '此视图的二维码' });
    expect(await decodeQr(qr)).toBe('https://example.org/taigu/');

    await clickNode(page, NODE, 'label', 'touch');
    await expect.poll(() => storeState(page, 'selected')).toBe(NODE);
    const taken = await decodeQr(qr);
    expect(taken.startsWith('https://example.org/taigu/?')).toBe(true);
    expect(taken).toContain(`s=${NODE}`);
    // On the phone (here: the same build), that address opens what the visitor saw.
    const before = await seen(page);
    const phone = await browser.newPage();
    await phone.goto(`/${new URL(taken).search}`);
    await waitForCanvas(phone);
    const after = await seen(phone);
    expect(after.selected).toBe(before.selected);
    expect(after.nodes).toEqual(before.nodes);
    await phone.close();
  });
});
