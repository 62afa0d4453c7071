import type { HtmlTagDescriptor, Plugin } from 'vite';
import { PREVIEW_FILE, PREVIEW_SIZE } from './preview-image';

/**
 * Open Graph and X/Twitter addresses need to be absolute, and the build is relative (`base: './'`, so it can be
 * served from any folder). The site's public address comes from `SITE_URL` at build time
 * (`SITE_URL=https://example.org/taigu/ npm run build`); without it the build writes none of og:image, og:url or
 * the canonical link, and says so. The tags that need no address are in index.html.
 */
export function siteAddress(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new Error(`SITE_URL must be an absolute address such as https://example.org/taigu/ (got ${raw})`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new Error(`SITE_URL must start with https:// or http:// (got ${raw})`);
  if (u.search || u.hash || u.username || u.password)
    throw new Error(
      `SITE_URL must be the address of the folder the build is served from, no query (got ${raw})`,
    );
  // The folder of the app: index.html, og-image.png and the assets sit in it.
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}

/** The tags that carry the site's address (none without one). */
export function siteMetaTags(site: string | undefined): HtmlTagDescriptor[] {
  if (!site) return [];
  const image = new URL(PREVIEW_FILE, site).href;
  const meta = (attr: 'property' | 'name', key: string, content: string): HtmlTagDescriptor => ({
    tag: 'meta',
    attrs: { [attr]: key, content },
    injectTo: 'head',
  });
  return [
    { tag: 'link', attrs: { rel: 'canonical', href: site }, injectTo: 'head' },
    meta('property', 'og:url', site),
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(PREVIEW_SIZE.width)),
    meta('property', 'og:image:height', String(PREVIEW_SIZE.height)),
    meta('property', 'og:image:alt', '太谷战略图谱的开始视图 · The start view of the Taigu Strategy Graph'),
    meta('name', 'twitter:image', image),
  ];
}

export function siteMetaPlugin(): Plugin {
  let site: string | undefined;
  return {
    name: 'taigu-site-meta',
    apply: 'build',
    configResolved(config) {
      site = siteAddress(process.env.SITE_URL);
      const say = (m: string) => config.logger.info(m);
      if (site) say(`SITE_URL: link previews point to ${site}${PREVIEW_FILE}; canonical ${site}`);
      else
        config.logger.warn(
          'SITE_URL is not set: no og:image, og:url or canonical link written (they need the public address). ' +
            'For a site: SITE_URL=https://example.org/taigu/ npm run build',
        );
    },
    transformIndexHtml: { order: 'post', handler: () => siteMetaTags(site) },
  };
}
