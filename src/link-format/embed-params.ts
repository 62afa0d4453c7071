/**
 * Embedding: `?embed` on any view link shows the graph alone, with a compact bar, for a frame on another site.
 * `&ratio=W:H` is the frame's shape in the embed code (CSS aspect-ratio; default 16:10). A canvas fills
 * whatever box it is given, so the host page sets the frame's size and the frame never measures itself.
 * Pure: no DOM.
 */
export interface Ratio {
  w: number;
  h: number;
}

export interface EmbedParams {
  on: boolean;
  ratio: Ratio;
}

export const DEFAULT_RATIO: Ratio = { w: 16, h: 10 };
/** The shapes the share dialog offers; any other W:H within the limits below is read from a link too. */
export const RATIO_CHOICES: readonly Ratio[] = [
  { w: 16, h: 10 },
  { w: 16, h: 9 },
  { w: 4, h: 3 },
  { w: 1, h: 1 },
  { w: 3, h: 4 },
];
/** Flatter than 4:1 or taller than 1:4 leaves no room for a graph. */
const MAX_SKEW = 4;

export const ratioText = (r: Ratio) => `${r.w}:${r.h}`;
export const sameRatio = (a: Ratio, b: Ratio) => a.w * b.h === a.h * b.w;

/** `16:10`, `16/10` or `16x10` (whole numbers 1–100, no more skewed than 4:1); anything else is undefined. */
export function parseRatio(raw: string | null | undefined): Ratio | undefined {
  const m = /^(\d{1,3})[:/x](\d{1,3})$/i.exec((raw ?? '').trim());
  if (!m) return undefined;
  const w = Number(m[1]);
  const h = Number(m[2]);
  if (w < 1 || h < 1 || w > 100 || h > 100) return undefined;
  if (w / h > MAX_SKEW || h / w > MAX_SKEW) return undefined;
  return { w, h };
}

export function readEmbedParams(search: string): EmbedParams {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.slice(0, 4096));
  } catch {
    return { on: false, ratio: DEFAULT_RATIO };
  }
  const flag = params.get('embed');
  // `?embed`, `?embed=1`: on; `?embed=0` / `false` / `no` / `off`: off (as ?kiosk reads it).
  const on = flag !== null && !/^(0|false|no|off)$/i.test(flag);
  return { on, ratio: parseRatio(params.get('ratio')) ?? DEFAULT_RATIO };
}

const isEmbedPart = (p: string) => /^(embed|ratio)(=|$)/.test(p);

/** The query without `embed` and `ratio`: the full view of the same link. */
export function withoutEmbed(query: string): string {
  const kept = query
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p && !isEmbedPart(p));
  return kept.length ? `?${kept.join('&')}` : '';
}

/**
 * The view's query as an embed link: `embed` first (so a link cut short keeps it), `ratio` only when it is not
 * the default.
 */
export function withEmbed(query: string, ratio: Ratio = DEFAULT_RATIO): string {
  const rest = withoutEmbed(query).replace(/^\?/, '');
  const head = sameRatio(ratio, DEFAULT_RATIO) ? ['embed'] : ['embed', `ratio=${ratioText(ratio)}`];
  return `?${[...head, ...(rest ? [rest] : [])].join('&')}`;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML a site pastes to show the view: a frame as wide as its column, its height set by the ratio. Only
 * text for the reader to copy; the app never puts it into its own page.
 */
export function embedCode(src: string, title: string, ratio: Ratio = DEFAULT_RATIO): string {
  const style = `display:block;width:100%;aspect-ratio:${ratio.w}/${ratio.h};border:0`;
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" style="${style}" ` +
    `loading="lazy" allow="fullscreen; clipboard-write" referrerpolicy="strict-origin-when-cross-origin"></iframe>`
  );
}
