import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PREVIEW_FILE,
  PREVIEW_SIZE,
  readPng,
  STAMP_KEY,
  startViewStamp,
  withPngText,
} from '../scripts/lib/preview-image';
import { siteAddress, siteMetaTags } from '../scripts/lib/vite-site-meta';

describe('public/', () => {
  it('has the favicon, the icons the manifest names, and robots.txt', () => {
    const manifest = JSON.parse(readFileSync('public/manifest.webmanifest', 'utf8')) as {
      name: string;
      start_url: string;
      icons: { src: string; sizes: string; type: string }[];
      translations: { en: { name: string } };
    };
    expect(manifest.name).toContain('太谷战略图谱');
    expect(manifest.translations.en.name).toContain('Taigu Strategy Graph');
    // Relative, so the app installs from whatever folder it is served from.
    expect(manifest.start_url).toBe('./');
    for (const icon of manifest.icons) {
      const file = `public/${icon.src}`;
      expect(existsSync(file), file).toBe(true);
      if (icon.type !== 'image/png') continue;
      const { width, height } = readPng(readFileSync(file));
      expect(`${width}x${height}`, file).toBe(icon.sizes);
    }
    const html = readFileSync('index.html', 'utf8');
    for (const [, href] of html.matchAll(
      /<link rel="(?:icon|apple-touch-icon|manifest)" href="\.\/([^"]+)"/g,
    ))
      expect(existsSync(`public/${href}`), href).toBe(true);
    expect(readFileSync('public/robots.txt', 'utf8')).toMatch(/^User-agent: \*$/m);
  });

  it(`holds ${PREVIEW_FILE}, 1200 × 630, made from the start view of today's data and layout`, () => {
    const png = readPng(readFileSync(`public/${PREVIEW_FILE}`));
    expect({ width: png.width, height: png.height }).toEqual(PREVIEW_SIZE);
    expect(
      png.text[STAMP_KEY],
      'public/og-image.png shows an older start view: run `npm run build && npm run og-image` and commit it',
    ).toBe(startViewStamp());
  });

  it('a stamp goes into a PNG and comes back out, the picture untouched', () => {
    const png = readFileSync('public/icon-192.png');
    const stamped = withPngText(png, 'k', 'v1');
    expect(readPng(stamped).text.k).toBe('v1');
    expect(readPng(stamped).width).toBe(192);
    expect(stamped.subarray(0, png.length - 12)).toEqual(png.subarray(0, png.length - 12));
  });
});

describe('SITE_URL: the addresses of link previews', () => {
  it('without it, no tag carries an address', () => {
    expect(siteAddress(undefined)).toBeUndefined();
    expect(siteAddress('  ')).toBeUndefined();
    expect(siteMetaTags(undefined)).toEqual([]);
  });

  it('with it, the canonical link, og:url and an absolute og:image in that folder', () => {
    const site = siteAddress('https://example.org/taigu')!;
    expect(site).toBe('https://example.org/taigu/');
    const tags = siteMetaTags(site);
    const content = (key: string) =>
      tags.find((t) => t.attrs?.property === key || t.attrs?.name === key)?.attrs;
    expect(tags.find((t) => t.tag === 'link')?.attrs).toEqual({ rel: 'canonical', href: site });
    expect(content('og:url')?.content).toBe(site);
    expect(content('og:image')?.content).toBe('https://example.org/taigu/og-image.png');
    expect(content('twitter:image')?.content).toBe('https://example.org/taigu/og-image.png');
    expect(content('og:image:width')?.content).toBe('1200');
  });

  it('refuses what is not the address of a folder on the web', () => {
    for (const bad of [
      'example.org/taigu/',
      'ftp://example.org/',
      'https://example.org/?a=1',
      'https://x/#y',
    ])
      expect(() => siteAddress(bad), bad).toThrow(/SITE_URL/);
  });
});
