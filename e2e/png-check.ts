import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Download, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export interface Png {
  width: number;
  height: number;
  data: Buffer;
  bytes: Buffer;
}

export function readPng(bytes: Buffer): Png {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: png.data, bytes };
}

/** The pHYs resolution in dpi, if the file records one. */
export function dpiOf(bytes: Buffer): number | undefined {
  let at = 8;
  while (at + 12 <= bytes.length) {
    const len = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'pHYs' && bytes[at + 16] === 1) {
      expect(bytes.readUInt32BE(at + 8)).toBe(bytes.readUInt32BE(at + 12));
      return bytes.readUInt32BE(at + 8);
    }
    if (type === 'IDAT') return undefined;
    at += 12 + len;
  }
  return undefined;
}

const key = (d: Buffer, i: number) => (d[i]! << 24) | (d[i + 1]! << 16) | (d[i + 2]! << 8) | d[i + 3]!;

/** The most common pixel (the background) and how many pixels differ from it, in a band of rows. */
export function inkIn(
  png: Png,
  y0 = 0,
  y1 = png.height,
): { background: number; ink: number; colours: number } {
  const counts = new Map<number, number>();
  for (let y = Math.max(0, y0); y < Math.min(png.height, y1); y++)
    for (let x = 0; x < png.width; x++) {
      const k = key(png.data, (y * png.width + x) * 4);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  let background = 0;
  let most = -1;
  for (const [k, n] of counts) if (n > most) [background, most] = [k, n];
  const total = (Math.min(png.height, y1) - Math.max(0, y0)) * png.width;
  return { background, ink: total - most, colours: counts.size };
}

export function alphaRange(png: Png): { transparent: number; opaque: number } {
  let transparent = 0;
  let opaque = 0;
  for (let i = 3; i < png.data.length; i += 4) {
    if (png.data[i] === 0) transparent++;
    else if (png.data[i] === 255) opaque++;
  }
  return { transparent, opaque };
}

export async function openExportDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: '导出 PNG' }).click();
  const dialog = page.getByRole('dialog', { name: '导出图片' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The size the dialog says the file will have. */
export async function announcedSize(dialog: Locator): Promise<{ width: number; height: number }> {
  const summary = dialog.getByTestId('export-summary');
  await expect(summary).toContainText('×', { timeout: 60_000 });
  const m = /(\d+) × (\d+)/.exec((await summary.textContent()) ?? '')!;
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** Clicks Export in the dialog and reads the downloaded file. */
export async function downloadExport(page: Page, dialog: Locator): Promise<{ name: string; bytes: Buffer }> {
  const button = dialog.getByRole('button', { name: '导出', exact: true });
  await expect(button).toBeEnabled({ timeout: 60_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }) as Promise<Download>,
    button.click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}
