import type { Picture, PictureEdge, PictureNode } from '../canvas/offscreen/export-graph';
import type { CanvasTokens } from '../canvas/theme-tokens';
import { fitText, TYPE, type BandContent } from './bands';
import { SUPPORTS_LOOK, supportsArrowSize, supportsCurve, towards } from '../canvas/supports-curve';
import { parentEnd } from '../canvas/ray-labels';
import { elbow, TREE_BUS } from '../canvas/tree-edges';
import { LINE_HEIGHT } from '../canvas/label-box';
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

/** The arrow of a strong supports edge, as long and wide as the canvas draws it. */
function arrowMarker(picture: Picture, tokens: CanvasTokens): string {
  const size = supportsArrowSize(SUPPORTS_LOOK.strong.width) * picture.zoom;
  return (
    `<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" ` +
    `markerWidth="${n(size)}" markerHeight="${n(size)}" orient="auto-start-reverse">` +
    `<path d="M0 0L10 5L0 10Z" fill="${xml(tokens.supports)}"/></marker>`
  );
}

/**
 * A supports edge as the canvas draws it: the same quadratic curve (supports-curve.ts) from shape to shape,
 * quiet, or strong with its arrow when the view shows all supports.
 */
export function supportsPath(e: PictureEdge, picture: Picture, tokens: CanvasTokens): string {
  const { source: a, target: b } = e;
  const { control: c } = supportsCurve(a, b);
  const p1 = towards(a, c, a.size / 2);
  const p2 = towards(b, c, b.size / 2 + 1);
  const look = picture.allSupports ? SUPPORTS_LOOK.strong : SUPPORTS_LOOK.quiet;
  const z = picture.zoom;
  return (
    `<path d="M${n(p1.x)} ${n(p1.y)}Q${n(c.x)} ${n(c.y)} ${n(p2.x)} ${n(p2.y)}" fill="none" ` +
    `stroke="${xml(tokens.supports)}" stroke-width="${n(look.width * z)}" ` +
    `stroke-dasharray="${look.dash.map((d) => n(d * z)).join(' ')}" opacity="${look.opacity}"` +
    (look.arrow ? ' marker-end="url(#arrow)"' : '') +
    '/>'
  );
}

/**
 * A node's label as the canvas draws it: lines centred beneath the shape; along a ray (ray-labels.ts), a block of
 * lines centred on the ray at the label's offset and turned by its angle; in the tree, lines starting just past the
 * shape, left aligned.
 */
export function labelText(
  node: PictureNode,
  lines: readonly string[],
  picture: Picture,
  tokens: CanvasTokens,
) {
  const lh = node.font * LINE_HEIGHT;
  if (node.ray?.beside) return besideText(node, lines, picture, tokens);
  const ray = node.ray;
  // Lines' tops relative to the text's origin, and the origin: the ray label's centre, or the node's x.
  const top = ray ? (-lines.length * lh) / 2 : node.y + node.size / 2 + node.gap;
  const x = ray ? 0 : node.x;
  const place = ray
    ? ` transform="translate(${n(node.x + ray.mx)} ${n(node.y + ray.my)}) rotate(${n((ray.rot * 180) / Math.PI)})"`
    : '';
  return textBlock(`${place} text-anchor="middle"`, x, top, node, lines, picture, tokens);
}

function besideText(node: PictureNode, lines: readonly string[], picture: Picture, tokens: CanvasTokens) {
  const top = node.y - (lines.length * node.font * LINE_HEIGHT) / 2;
  return textBlock(
    ' text-anchor="start"',
    node.x + node.size / 2 + node.gap,
    top,
    node,
    lines,
    picture,
    tokens,
  );
}

/** Lines of a label, each from (x, its line's top below `top`), halo beneath as the canvas draws it. */
function textBlock(
  attributes: string,
  x: number,
  top: number,
  node: PictureNode,
  lines: readonly string[],
  picture: Picture,
  tokens: CanvasTokens,
) {
  const lh = node.font * LINE_HEIGHT;
  return (
    `<text${attributes} font-size="${n(node.font)}" font-weight="${node.weight}" ` +
    `fill="${xml(tokens.label)}" stroke="${xml(tokens.halo)}" stroke-width="${n(2.5 * picture.zoom)}" ` +
    `stroke-opacity="0.9" paint-order="stroke" stroke-linejoin="round">` +
    lines
      .map((line, k) => `<tspan x="${n(x)}" y="${n(top + lh * k + node.font * 0.95)}">${xml(line)}</tspan>`)
      .join('') +
    '</text>'
  );
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
      arrowMarker(picture, tokens) +
      '</defs>',
  );
  if (bands.background)
    out.push(`<rect width="${frame.width}" height="${frame.height}" fill="${xml(bands.background)}"/>`);

  out.push(`<g clip-path="url(#graph-clip)"><g transform="translate(${n(g.x)} ${n(g.y)}) scale(${n(s)})">`);
  // Supports beneath part-of, as on the canvas.
  const edges = [...picture.edges].sort(
    (x, y) => Number(x.relation !== 'supports') - Number(y.relation !== 'supports'),
  );
  for (const e of edges) {
    if (e.relation === 'supports') {
      out.push(supportsPath(e, picture, tokens));
      continue;
    }
    const { source: a, target: b } = e;
    const zoom = picture.zoom;
    const p2 = parentEnd(b, a);
    // The tree's edges turn into the child just before its shape, as the canvas's taxi edges do.
    const points = b.ray?.beside ? elbow(p2, a, TREE_BUS * zoom) : [towards(a, b, a.size / 2), p2];
    out.push(
      `<polyline points="${points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}" fill="none" ` +
        `stroke="${xml(tokens.partOf)}" stroke-width="${n(1.5 * zoom)}"` +
        (e.bridged ? ` stroke-dasharray="${n(1.5 * zoom)} ${n(3 * zoom)}"` : '') +
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
  for (const node of picture.nodes) out.push(labelText(node, i.wrap(node, node.font), picture, tokens));
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
