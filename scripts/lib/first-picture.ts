/**
 * The start view drawn as inline SVG for index.html, from the same pure functions the canvas draws it with
 * (src/canvas/start-picture.ts: positions, shapes, sizes, label breaks; camera.ts: the home view's rule), so
 * the plan is on screen as soon as the HTML arrives. Colours and the font are classes and CSS variables only:
 * the CSP allows no style inside the SVG, and the dark theme comes from the stylesheet.
 */
import type { GraphModel } from '../../src/domain/graph-model';
import type { Arrangement } from '../../src/view/arrangement';
import type { Point } from '../../src/view/positions';
import { startPicture, lineHeight, type StartNode } from '../../src/canvas/start-picture';
import { FIT_INSIDE_MAX_ZOOM, HOME_FLOOR, type Insets } from '../../src/canvas/camera';
import { supportsCurve, towards, SUPPORTS_LOOK } from '../../src/canvas/supports-curve';
import { shapePath } from '../../src/export/shape-paths';
import { parentEnd } from '../../src/canvas/ray-labels';
import { xml } from '../../src/export/svg-document';

const n = (v: number) => String(Math.round(v * 100) / 100);

function label(node: StartNode): string {
  const lh = lineHeight(node.font);
  const ray = node.ray;
  const top = ray
    ? (-node.lines.length * lh) / 2
    : node.beside
      ? node.y - (node.lines.length * lh) / 2
      : node.y + node.size / 2 + node.gap;
  const x = ray ? 0 : node.beside ? node.x + node.size / 2 + node.gap : node.x;
  const place = ray
    ? ` transform="translate(${n(node.x + ray.mx)} ${n(node.y + ray.my)}) rotate(${n((ray.rot * 180) / Math.PI)})"`
    : '';
  return (
    `<text${place}${node.beside ? ' text-anchor="start"' : ''} font-size="${n(node.font)}" font-weight="${node.weight}">` +
    node.lines
      .map((line, k) => `<tspan x="${n(x)}" y="${n(top + lh * k + node.font * 0.95)}">${xml(line)}</tspan>`)
      .join('') +
    '</text>'
  );
}

export interface FirstPicture {
  /** The <svg> element. */
  svg: string;
  /** The rules that frame it in the canvas's box as the canvas's home view frames the start view. */
  css: string;
  nodes: number;
}

/**
 * The start view of `model` in Chinese, the layout `layout` placed at `positions`, its rules scoped to `scope`
 * (the shell it goes in). The portrait tree is fitted whole inside the canvas less `fitted`, as its home view is.
 */
export function firstPicture(
  model: GraphModel,
  positions: ReadonlyMap<string, Point>,
  layout: Arrangement,
  title: string,
  scope: string,
  fitted?: Insets,
): FirstPicture {
  const pic = startPicture(model, positions, 'zh', layout);
  const { frame } = pic;
  const w = frame.x2 - frame.x1;
  const h = frame.y2 - frame.y1;
  const out: string[] = [
    `<svg class="first-picture" xmlns="http://www.w3.org/2000/svg" viewBox="${n(frame.x1)} ${n(frame.y1)} ${n(w)} ${n(h)}" ` +
      `role="img" aria-label="${xml(title)}" data-nodes="${pic.nodes.length}">`,
  ];
  out.push('<g class="fp-edges">');
  // Supports beneath part-of, as on the canvas.
  for (const e of pic.edges.filter((x) => x.relation === 'supports')) {
    const { source: a, target: b } = e;
    const { control: c } = supportsCurve(a, b);
    const p1 = towards(a, c, a.size / 2);
    const p2 = towards(b, c, b.size / 2 + 1);
    const look = SUPPORTS_LOOK.quiet;
    out.push(
      `<path class="fp-supports" d="M${n(p1.x)} ${n(p1.y)}Q${n(c.x)} ${n(c.y)} ${n(p2.x)} ${n(p2.y)}" ` +
        `stroke-width="${look.width}" stroke-dasharray="${look.dash.join(' ')}" opacity="${look.opacity}"/>`,
    );
  }
  for (const e of pic.edges.filter((x) => x.relation === 'part-of')) {
    const { source: a, target: b } = e;
    if (layout === 'portrait') {
      // From the child left to its parent's column, then up it (portrait-style.ts: taxi, leftward).
      out.push(
        `<path class="fp-part-of" fill="none" d="M${n(a.x - a.size / 2)} ${n(a.y)}H${n(b.x)}V${n(b.y + b.size / 2)}" ` +
          `stroke-width="1.5"${e.bridged ? ' stroke-dasharray="1.5 3"' : ''}/>`,
      );
      continue;
    }
    const p1 = towards(a, b, a.size / 2);
    const p2 = parentEnd(b, a);
    out.push(
      `<line class="fp-part-of" x1="${n(p1.x)}" y1="${n(p1.y)}" x2="${n(p2.x)}" y2="${n(p2.y)}" stroke-width="1.5"` +
        (e.bridged ? ' stroke-dasharray="1.5 3"' : '') +
        '/>',
    );
  }
  out.push('</g><g class="fp-shapes">');
  for (const node of pic.nodes)
    out.push(
      `<path class="fp-k-${node.kind}" data-id="${xml(node.id)}" data-x="${n(node.x)}" data-y="${n(node.y)}" ` +
        `d="${shapePath(node.shape, node.x, node.y, node.size, node.size)}"/>`,
    );
  out.push('</g><g class="fp-badges" font-weight="700" text-anchor="middle">');
  // As canvas-style.ts badgeImage draws them: 80 % of the shape, type 40 (34 for three characters) in 100.
  for (const node of pic.nodes) {
    if (!node.parent) continue;
    const text = node.hidden === 0 ? '−' : node.hidden > 99 ? '99+' : `+${node.hidden}`;
    const size = node.size * 0.8 * ((text.length > 2 ? 34 : 40) / 100);
    out.push(`<text x="${n(node.x)}" y="${n(node.y)}" dy="0.35em" font-size="${n(size)}">${text}</text>`);
  }
  out.push('</g><g class="fp-labels" text-anchor="middle">');
  for (const node of pic.nodes) out.push(label(node));
  out.push('</g></svg>');

  const css = fitted ? fittedCss(scope, w, h, fitted) : homeCss(scope, w, h);
  return { svg: out.join(''), css, nodes: pic.nodes.length };
}

/** The canvas's home view (camera.ts homeViewport): fitted inside 40 px, between the floor and 1.5, centred. */
const homeCss = (scope: string, w: number, h: number) =>
  `.first-view ${scope} .first-picture {\n` +
  `  width: clamp(${n(w * HOME_FLOOR)}px, min(100cqw - 80px, (100cqh - 80px) * ${w / h}), ${n(w * 1.5)}px);\n` +
  `  aspect-ratio: ${n(w)} / ${n(h)};\n` +
  `}\n`;

/** camera.ts fitBoxInside: the whole picture inside the canvas less the insets, centred there, at most 1.2×. */
function fittedCss(scope: string, w: number, h: number, i: Insets): string {
  const [across, down] = [i.left + i.right, i.top + i.bottom];
  return (
    `.first-view ${scope} .first-picture {\n` +
    `  width: min(100cqw - ${across}px, (100cqh - ${down}px) * ${w / h}, ${n(w * FIT_INSIDE_MAX_ZOOM)}px);\n` +
    `  aspect-ratio: ${n(w)} / ${n(h)};\n` +
    `  left: calc(${i.left}px + (100cqw - ${across}px) / 2);\n` +
    `  top: calc(${i.top}px + (100cqh - ${down}px) / 2);\n` +
    `}\n`
  );
}
