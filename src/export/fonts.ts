import { addWebFont } from '../styles/web-font';

/** The shipped CJK web font (@fontsource/noto-sans-sc, unicode-range split: only the parts used are fetched). */
export const WEB_FONT = 'Noto Sans SC';

/**
 * Loads the web font's parts that cover `text` in both weights the canvas uses, before anything is measured or
 * drawn; without this, a first export would draw with a fallback font (or boxes) while the parts still load.
 */
export async function loadFontsFor(text: string): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  await addWebFont(); // a phone's page draws with its own font and has not added the web font's rules
  const chars = [...new Set(text)].join('');
  await Promise.all(
    ['400', '700'].map((w) => document.fonts.load(`${w} 16px "${WEB_FONT}"`, chars).catch(() => [])),
  );
}

/** Parses a CSS unicode-range ("U+4e00-4e0f, U+20") into [from, to] pairs. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range
    .split(',')
    .map((part) => part.trim().replace(/^u\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      if (part.includes('?'))
        return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'f'), 16)];
      const [a, b] = part.split('-');
      return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as [number, number];
    })
    .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b)) as [number, number][];
}

export const rangeCovers = (ranges: readonly [number, number][], codes: readonly number[]) =>
  codes.some((c) => ranges.some(([a, b]) => c >= a && c <= b));

/**
 * @font-face rules for the SVG export with the font parts that `text` needs embedded as data: URLs, so the
 * file shows the same glyphs on a machine without the font. Reads the app's own stylesheets (same origin).
 */
export async function embeddedFontCss(text: string): Promise<string> {
  await addWebFont();
  const codes = [...new Set(text)].map((c) => c.codePointAt(0)!);
  const wanted: { weight: string; range: string; url: string }[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const style = rule.style;
      if (!style.getPropertyValue('font-family').includes(WEB_FONT)) continue;
      const range = style.getPropertyValue('unicode-range');
      if (range && !rangeCovers(parseUnicodeRange(range), codes)) continue;
      const src = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(style.getPropertyValue('src'))?.[1];
      if (!src) continue;
      wanted.push({
        weight: style.getPropertyValue('font-weight') || '400',
        range,
        url: new URL(src, sheet.href ?? document.baseURI).href,
      });
    }
  }
  const faces = await Promise.all(
    wanted.map(async (f) => {
      const res = await fetch(f.url);
      if (!res.ok) return '';
      const b64 = await blobToBase64(await res.blob());
      return (
        `@font-face{font-family:"${WEB_FONT}";font-weight:${f.weight};` +
        `src:url(data:font/woff2;base64,${b64}) format("woff2");${f.range ? `unicode-range:${f.range};` : ''}}`
      );
    }),
  );
  return faces.join('\n');
}

async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
