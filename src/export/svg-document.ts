import type { Picture, PictureNode } from '../canvas/offscreen/export-graph';
import type { CanvasTokens } from '../canvas/theme-tokens';
import { fitText, TYPE, type BandContent } from './bands';
import { shapePath, kindPath } from './shape-paths';
import { BANDS, legendRows, type Frame } from './sizing';

/** Escapes text for SVG (XML) content and attributes; graph data never becomes markup. */
export function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const n = (v: number) => String(Math.round(v * 100) / 100);

export interface SvgInput {
  frame: Frame;
  picture: Picture;
  bands: BandContent;
  tokens: CanvasTokens;
  legendWidths: readonly number[];
  /** Lines of a label as the canvas wraps it, at a font size in px. */
  wrap(node: PictureNode, fontPx: number): string[];
  /** Width of text at 1 px type (for fitting the footer). */
  measure(text: string): number;
  /** @font-face rules with the web font embedded (data: URLs), or '' to name the font only. */
  fontCss: string;
}

/**
 * The export as a standalone SVG: the same framing, shapes, colours and bands as the PNG, vector, with text as
 * text in the shipped font (embedded when `fontCss` is given, else named with fallbacks).
 */
export function svgDocument(i: SvgInput): string {
  const { frame, picture, bands, tokens } = i;
  const s = frame.scale;
  const g = frame.graph;
  const u = frame.unit;
  const family = xml(bands.font);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}" ` +
      `viewBox="0 0 ${frame.width} ${frame.height}" font-family="${family}">`,
  );
  if (i.fontCss) out.push(`<style>${i.fontCss.replace(/<\//g, '<\\/')}</style>`);
  out.push(
    `<defs><clipPath id="graph-clip"><rect x="${n(g.x)}" y="${n(g.y)}" width="${n(g.width)}" ` +
      `height="${n(g.height)}"/></clipPath>` +
      `<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" ` +
      `orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${xml(tokens.supports)}"/></marker></defs>`,
  );
  if (bands.background)
    out.push(`<rect width="${frame.width}" height="${frame.height}" fill="${xml(bands.background)}"/>`);

  out.push(`<g clip-path="url(#graph-clip)"><g transform="translate(${n(g.x)} ${n(g.y)}) scale(${n(s)})">`);
  for (const e of picture.edges) {
    const { source: a, target: b } = e;
    const d = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const trimA = a.size / 2;
    const trimB = b.size / 2 + (e.relation === 'supports' ? 1 : 0);
    const x1 = a.x + ((b.x - a.x) * trimA) / d;
    const y1 = a.y + ((b.y - a.y) * trimA) / d;
    const x2 = b.x - ((b.x - a.x) * trimB) / d;
    const y2 = b.y - ((b.y - a.y) * trimB) / d;
    const supports = e.relation === 'supports';
    const zoom = picture.zoom;
    out.push(
      `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" ` +
        `stroke="${xml(supports ? tokens.supports : tokens.partOf)}" stroke-width="${n(1.5 * zoom)}"` +
        (supports
          ? ` stroke-dasharray="${n(6 * zoom)} ${n(4 * zoom)}" opacity="0.85" marker-end="url(#arrow)"`
          : e.bridged
            ? ` stroke-dasharray="${n(1.5 * zoom)} ${n(3 * zoom)}"`
            : '') +
        '/>',
    );
  }
  for (const node of picture.nodes)
    out.push(
      `<path d="${shapePath(node.shape, node.x, node.y, node.size, node.size)}" fill="${xml(node.color)}"/>`,
    );
  for (const node of picture.nodes) {
    if (!node.hidden) continue;
    out.push(
      `<text x="${n(node.x)}" y="${n(node.y)}" dy="0.35em" text-anchor="middle" font-weight="700" ` +
        `font-size="${n(node.size * 0.34)}" fill="${xml(bands.badgeInk)}">+${node.hidden > 99 ? '99' : node.hidden}</text>`,
    );
  }
  for (const node of picture.nodes) {
    const lines = i.wrap(node, node.font);
    const lh = node.font * 1.3;
    const top = node.y + node.size / 2 + node.gap;
    out.push(
      `<text text-anchor="middle" font-size="${n(node.font)}" font-weight="${node.weight}" ` +
        `fill="${xml(tokens.label)}" stroke="${xml(tokens.halo)}" stroke-width="${n(2.5 * picture.zoom)}" ` +
        `stroke-opacity="0.9" paint-order="stroke" stroke-linejoin="round">` +
        lines
          .map(
            (line, k) =>
              `<tspan x="${n(node.x)}" y="${n(top + lh * k + node.font * 0.95)}">${xml(line)}</tspan>`,
          )
          .join('') +
        '</text>',
    );
  }
  out.push('</g></g>');

  if (frame.title) {
    const t = frame.title;
    out.push(
      `<text x="${n(t.x)}" y="${n(t.y + 24 * u)}" font-size="${n(TYPE.title * u)}" font-weight="700" ` +
        `fill="${xml(bands.ink)}">${xml(bands.title)}</text>`,
      `<text x="${n(t.x)}" y="${n(t.y + 46 * u)}" font-size="${n(TYPE.subtitle * u)}" ` +
        `fill="${xml(bands.muted)}">${xml(bands.subtitle)}</text>`,
    );
  }
  if (frame.legend) {
    const l = frame.legend;
    legendRows(i.legendWidths, l.width / u).forEach((row, r) => {
      let x = l.x;
      const y = l.y + (BANDS.legendGap + 13 + r * 26) * u;
      for (const k of row) {
        const e = bands.legend[k]!;
        let sw: number;
        if (e.type === 'kind') {
          sw = TYPE.swatch * u;
          out.push(`<path d="${kindPath(e.kind, x + sw / 2, y, sw)}" fill="${xml(e.color)}"/>`);
        } else {
          sw = TYPE.relationSwatch * u;
          const sup = e.relation === 'supports';
          out.push(
            `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + sw - (sup ? 7 * u : 0))}" y2="${n(y)}" ` +
              `stroke="${xml(e.color)}" stroke-width="${n(1.8 * u)}"` +
              (sup ? ` stroke-dasharray="${n(5 * u)} ${n(3 * u)}"/>` : '/>') +
              (sup
                ? `<path d="M${n(x + sw - 8 * u)} ${n(y - 5 * u)}L${n(x + sw)} ${n(y)}L${n(x + sw - 8 * u)} ${n(y + 5 * u)}Z" fill="${xml(e.color)}"/>`
                : ''),
          );
        }
        out.push(
          `<text x="${n(x + sw + TYPE.swatchGap * u)}" y="${n(y)}" dy="0.35em" font-size="${n(TYPE.legend * u)}" ` +
            `fill="${xml(bands.ink)}">${xml(e.label)}</text>`,
        );
        x += (i.legendWidths[k]! + 18) * u;
      }
    });
  }
  if (frame.footer) {
    const f = frame.footer;
    const size = TYPE.footer * u;
    bands.footer.forEach((line, k) =>
      out.push(
        `<text x="${n(f.x)}" y="${n(f.y + (20 + k * 18) * u)}" font-size="${n(size)}" fill="${xml(bands.muted)}">` +
          `${xml(fitText(line, f.width, (t) => i.measure(t) * size))}</text>`,
      ),
    );
  }
  out.push('</svg>');
  return out.join('\n');
}
