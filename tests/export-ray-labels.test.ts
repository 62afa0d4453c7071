import { describe, expect, it } from 'vitest';
import type { Picture, PictureNode } from '../src/canvas/offscreen/export-graph';
import { rayLabel } from '../src/canvas/ray-labels';
import { checkPicture } from '../src/export/picture-check';
import { DEFAULT_EXPORT } from '../src/export/export-options';
import { frameFor } from '../src/export/sizing';
import { labelText, svgDocument } from '../src/export/svg-document';
import { bandsFixture, tokensFixture } from './helpers/export-fixtures';

const node = (id: string, x: number, y: number, extra: Partial<PictureNode> = {}): PictureNode => ({
  id,
  x,
  y,
  size: 30,
  shape: 'ellipse',
  color: '#777777',
  label: '农产品精深加工',
  font: 14,
  weight: 400,
  gap: 6,
  hidden: 0,
  wrapEm: 10,
  ...extra,
});
const picture = (nodes: PictureNode[]): Picture => ({
  width: 1000,
  height: 1000,
  nodes,
  edges: [],
  zoom: 1,
  allSupports: false,
});

/** The translate and rotate of a label's <text>, and its lines' x and y. */
function placement(svg: string) {
  const t = /transform="translate\(([-\d.]+) ([-\d.]+)\) rotate\(([-\d.]+)\)"/.exec(svg)!;
  const lines = [...svg.matchAll(/<tspan x="([-\d.]+)" y="([-\d.]+)">/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  return { x: Number(t[1]), y: Number(t[2]), deg: Number(t[3]), lines };
}

describe('ray labels in the SVG export', () => {
  it('are placed and turned as the canvas draws them: centred on the ray past the shape, never upside down', () => {
    const width = 98;
    for (let k = 0; k < 24; k++) {
      const angle = -Math.PI + (k * Math.PI) / 12 + 0.1;
      const ray = rayLabel(angle, 30, 6, width);
      const n = node('a', 500, 400, { ray });
      const p = placement(labelText(n, ['农产品精深加工'], picture([n]), tokensFixture()));
      // The label's centre: on the ray from the shape's centre, half a label past the shape and the gap.
      const d = 15 + 6 + width / 2;
      expect(p.x).toBeCloseTo(500 + Math.cos(angle) * d, 1);
      expect(p.y).toBeCloseTo(400 + Math.sin(angle) * d, 1);
      expect(p.deg).toBeCloseTo((ray.rot * 180) / Math.PI, 1);
      expect(Math.abs(p.deg)).toBeLessThanOrEqual(90.01);
      // Turned by the label's angle, the text runs along the ray (either way round).
      expect(Math.abs(Math.sin((p.deg * Math.PI) / 180 - angle))).toBeLessThan(1e-2);
      // One line, centred on the ray: anchored in the middle at x 0, its box's middle at y 0.
      expect(p.lines).toHaveLength(1);
      expect(p.lines[0]![0]).toBe(0);
      expect(p.lines[0]![1]).toBeCloseTo(-9.1 + 14 * 0.95, 2);
    }
  });

  it('centre a block of lines on the ray', () => {
    const n = node('a', 100, 100, { ray: rayLabel(0.5, 30, 6, 140), font: 20 });
    const p = placement(labelText(n, ['一二三四五六七八九十', '十一'], picture([n]), tokensFixture()));
    const lh = 26;
    expect(p.lines.map(([, y]) => y)).toEqual([-lh + 19, 19]);
    expect(p.lines.every(([x]) => x === 0)).toBe(true);
  });

  it('labels beneath the shape are not turned', () => {
    const n = node('a', 100, 100);
    const svg = labelText(n, ['目标'], picture([n]), tokensFixture());
    expect(svg).not.toContain('transform=');
    expect(svg).toContain('<tspan x="100" y="');
  });
});

describe('the export’s check of what it draws', () => {
  const frame = { scale: 2, graph: { x: 0, y: 0, width: 2000, height: 2000 } };
  const size = { width: 98, height: 18.2 };

  it('finds no overlap between neighbouring ray labels whose boxes only overlap upright', () => {
    // Two neighbours on a ring at 45°: their labels' upright boxes overlap, the turned ones do not.
    const c = { x: 500, y: 500 };
    const nodes = [0.78, 0.9].map((a, i) => {
      const [x, y] = [c.x + 300 * Math.cos(a), c.y + 300 * Math.sin(a)];
      return node(`n${i}`, x, y, { ray: rayLabel(a, 30, 6, size.width) });
    });
    const report = checkPicture(picture(nodes), frame, () => size);
    expect(report.overlaps).toEqual([]);
    expect(report.nodes).toEqual(['n0', 'n1']);
    expect(report.smallestLabelPx).toBe(28);
    expect(report.outside).toEqual([]);
  });

  it('reports labels over labels and shapes, and nodes off the page', () => {
    const nodes = [node('a', 100, 100), node('b', 150, 100), node('c', 100, 145), node('d', 990, 100)];
    const report = checkPicture(picture(nodes), frame, () => size);
    expect(report.overlaps).toEqual(
      expect.arrayContaining([
        { a: 'a', b: 'b', parts: 'labels' },
        { a: 'a', b: 'c', parts: 'shape and label' },
      ]),
    );
    expect(report.outside).toEqual(['d']);
  });
});

describe('edges to a node whose label runs along its ray', () => {
  it('start just past the label’s outer end, on its ray, so that none runs over the label', () => {
    for (const angle of [-2.5, -1, 0.2, 1.4, 3]) {
      const width = 120;
      const ray = rayLabel(angle, 30, 6, width);
      // On the ray, 4 px past the label, which starts past the shape (15) and the gap (6) and runs 120 px.
      expect(Math.hypot(ray.tx, ray.ty)).toBeCloseTo(15 + 6 + width + 4, 6);
      expect(Math.atan2(ray.ty, ray.tx)).toBeCloseTo(angle, 6);
    }
  });

  const svgOf = (parent: PictureNode, child: PictureNode) =>
    svgDocument({
      frame: frameFor({ content: { width: 1000, height: 1000 }, options: DEFAULT_EXPORT, legendItems: [] }),
      picture: {
        ...picture([parent, child]),
        edges: [{ source: child, target: parent, relation: 'part-of', bridged: false }],
      },
      bands: bandsFixture(),
      tokens: tokensFixture(),
      legendWidths: [],
      wrap: (n) => [n.label],
      measure: (s) => s.length,
      fontCss: '',
    });
  const polyline = (svg: string) =>
    /<polyline points="([^"]+)"/
      .exec(svg)![1]!
      .split(' ')
      .map((p) => p.split(',').map(Number));

  it('are drawn from there in the SVG export, as on the canvas', () => {
    const parent = node('p', 300, 300, { ray: rayLabel(0.5, 30, 6, 140) });
    const child = node('c', 300 + 260 * Math.cos(0.6), 300 + 260 * Math.sin(0.6));
    const [x2, y2] = polyline(svgOf(parent, child)).at(-1)!;
    expect(x2).toBeCloseTo(300 + parent.ray!.tx, 1);
    expect(y2).toBeCloseTo(300 + parent.ray!.ty, 1);
  });

  it('in the tree, run right from the label’s end and turn into the child just before its shape', () => {
    const parent = node('p', 300, 300, { ray: { ...rayLabel(0, 30, 6, 140), beside: true } });
    const child = node('c', 600, 420);
    const points = polyline(svgOf(parent, child));
    const tip = 300 + 15 + 6 + 140 + 4;
    // From the label's end along the parent's line, down TREE_BUS before the child, into its left side (600 − 15).
    expect(points).toEqual([
      [tip, 300],
      [565, 300],
      [565, 420],
      [585, 420],
    ]);
  });
});
