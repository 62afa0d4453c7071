import { expect, test, waitForCanvas } from './fixtures';

/**
 * A phone on a slow network with an empty cache (CDP throttling: 150 ms round trip, 1.6 Mbit/s down): the start
 * picture (a phone's: the portrait tree) is painted from the HTML before the app's script has even arrived. The figures (time to the first
 * graph paint, bytes moved before it and in the first 7 s, the canvas's first render) are attached to the
 * report and printed; timing targets live in the bench, not here.
 */
test('on a slow network the plan is painted before the script arrives', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  // When the picture (a phone's: the portrait tree) was first on screen.
  await page.addInitScript(() => {
    const look = () => {
      const shown = [...document.querySelectorAll('#first-view .first-picture')].some(
        (s) => s.getBoundingClientRect().width > 0,
      );
      if (shown) (window as unknown as { __pictureAt: number }).__pictureAt = performance.now();
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto('/', { waitUntil: 'commit' });
  await waitForCanvas(page);
  await page.waitForTimeout(7000);
  const f = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const all = [{ name: nav.name, end: nav.responseEnd, bytes: nav.transferSize }].concat(
      res.map((r) => ({ name: r.name, end: r.responseEnd, bytes: r.transferSize })),
    );
    const before = (t: number) => all.filter((r) => r.end <= t).reduce((n, r) => n + r.bytes, 0);
    // The app's script (the page's entry only waits for the first view to be on screen, then imports it).
    const script = res.find((r) => /\/assets\/start-[\w-]+\.js$/.test(r.name))!;
    const canvas = performance.getEntriesByName('taigu:first-render')[0]?.startTime ?? NaN;
    return {
      pictureMs: Math.round((window as unknown as { __pictureAt?: number }).__pictureAt ?? NaN),
      firstPaintMs: Math.round(paint),
      bytesBeforePaint: before(paint),
      bytesFirst7s: before(7000),
      scriptArrivedMs: Math.round(script.responseEnd),
      canvasMs: Math.round(canvas),
    };
  });
  console.log(`slow network (150 ms RTT, 1.6 Mbit/s): ${JSON.stringify(f)}`);
  await test
    .info()
    .attach('slow-network.json', { body: JSON.stringify(f, null, 2), contentType: 'application/json' });
  // The picture (and its shell) are on screen before the app's script has finished arriving.
  expect(f.firstPaintMs).toBeLessThan(f.scriptArrivedMs);
  expect(f.pictureMs).toBeLessThan(f.scriptArrivedMs);
  await expect(page.locator('#first-view')).toHaveCount(0);
});
