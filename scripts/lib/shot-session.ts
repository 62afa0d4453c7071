import { chromium, type Browser, type Page } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunch } from '../../playwright.config';

/** The build served on `port` and a headless Chromium, for the screenshot scripts. */
export async function openShotSession(port: number): Promise<{
  base: string;
  browser: Browser;
  close(): Promise<void>;
}> {
  const server = await preview({
    preview: { port, strictPort: true, host: '127.0.0.1' },
    configLoader: 'runner',
  });
  const browser = await chromium.launch(chromiumLaunch);
  return {
    base: `http://127.0.0.1:${port}/`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits for the canvas to draw, then `ms` for animations and web-font parts. */
export async function settleShot(page: Page, ms: number): Promise<void> {
  await page.waitForFunction(() => Object.keys(window.__taiguCanvas?.positions() ?? {}).length > 5);
  await page.waitForTimeout(ms);
}
