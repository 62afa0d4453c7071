import { describe, expect, it } from 'vitest';
import { canvasStyle } from '../src/canvas/canvas-style';
import {
  SUPPORTS_BOW,
  SUPPORTS_LOOK,
  supportsArrowSize,
  supportsCurve,
  towards,
} from '../src/canvas/supports-curve';
import { supportsPath } from '../src/export/svg-document';
import { pictureFixture, tokensFixture } from './helpers/export-fixtures';

/** Where cytoscape puts the control point of an unbundled-bezier edge with edge-distances: node-position. */
function cytoscapeControl(
  a: { x: number; y: number },
  b: { x: number; y: number },
  distance: number,
  w: number,
) {
  const l = Math.hypot(b.x - a.x, b.y - a.y);
  const normal = { x: -(b.y - a.y) / l, y: (b.x - a.x) / l };
  return {
    x: a.x * (1 - w) + b.x * w + normal.x * distance,
    y: a.y * (1 - w) + b.y * w + normal.y * distance,
  };
}

describe('supportsCurve', () => {
  it('raises the control point off the middle by a fixed share of the length, to the left', () => {
    const c = supportsCurve({ x: 0, y: 0 }, { x: 100, y: 0 });
    expect(c.control).toEqual({ x: 50, y: 100 * SUPPORTS_BOW });
    expect(c.distance).toBeCloseTo(100 * SUPPORTS_BOW);
    expect(c.weight).toBe(0.5);
  });

  it('gives the point cytoscape computes from its distance and weight, in any direction', () => {
    const pairs = [
      [
        { x: 10, y: 20 },
        { x: 310, y: -40 },
      ],
      [
        { x: -50, y: 80 },
        { x: -52, y: -400 },
      ],
      [
        { x: 3, y: 3 },
        { x: -200, y: 120 },
      ],
    ] as const;
    for (const [a, b] of pairs) {
      const c = supportsCurve(a, b);
      const expected = cytoscapeControl(a, b, c.distance, c.weight);
      expect(c.control.x).toBeCloseTo(expected.x, 9);
      expect(c.control.y).toBeCloseTo(expected.y, 9);
    }
  });

  it('bows two opposite edges between the same nodes to opposite sides', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 0, y: 200 };
    expect(supportsCurve(a, b).control.x).toBeCloseTo(-supportsCurve(b, a).control.x);
  });

  it('keeps its shape under zoom and pan (the export draws from scaled positions)', () => {
    const a = { x: 12, y: 40 };
    const b = { x: 180, y: -30 };
    const k = 2.5;
    const move = (p: { x: number; y: number }) => ({ x: p.x * k + 7, y: p.y * k - 11 });
    const scaled = supportsCurve(move(a), move(b)).control;
    const expected = move(supportsCurve(a, b).control);
    expect(scaled.x).toBeCloseTo(expected.x, 9);
    expect(scaled.y).toBeCloseTo(expected.y, 9);
  });

  it('is a point when the nodes coincide', () => {
    expect(supportsCurve({ x: 5, y: 5 }, { x: 5, y: 5 })).toEqual({
      control: { x: 5, y: 5 },
      distance: 0,
      weight: 0.5,
    });
    expect(towards({ x: 5, y: 5 }, { x: 5, y: 5 }, 3)).toEqual({ x: 5, y: 5 });
  });
});

describe('supports edges in the stylesheet', () => {
  const style = (allSupports: boolean) =>
    canvasStyle(tokensFixture(), 'zh', { allSupports }) as {
      selector: string;
      style: Record<string, unknown>;
    }[];
  const rules = (allSupports: boolean, selector: string) =>
    style(allSupports).filter((r) => r.selector === selector);

  it('curves them with the shared bow, beneath part-of, quiet and without arrows', () => {
    const [base] = rules(false, 'edge.r-supports');
    expect(base!.style).toMatchObject({
      'curve-style': 'unbundled-bezier',
      'edge-distances': 'node-position',
      'control-point-distances': 'data(bow)',
      'control-point-weights': 0.5,
      'target-arrow-shape': 'none',
      opacity: SUPPORTS_LOOK.quiet.opacity,
      width: SUPPORTS_LOOK.quiet.width,
    });
    const [partOf] = rules(false, 'edge.r-part-of');
    expect(Number(partOf!.style['z-index'])).toBeGreaterThan(Number(base!.style['z-index']));
  });

  it('makes the selection’s strong with arrows, and every one when all are shown', () => {
    const [hl] = rules(false, 'edge.r-supports.hl');
    expect(hl!.style).toMatchObject({ 'target-arrow-shape': 'triangle', width: SUPPORTS_LOOK.strong.width });
    expect(rules(false, 'edge.r-supports')).toHaveLength(1);
    const all = rules(true, 'edge.r-supports');
    expect(all).toHaveLength(2);
    expect(all[1]!.style).toMatchObject({ 'target-arrow-shape': 'triangle', opacity: 1 });
  });
});

describe('supports edges in the SVG export', () => {
  it('draw the same quadratic curve as the canvas, from shape to shape', () => {
    const picture = pictureFixture();
    const edge = picture.edges[0]!;
    const path = supportsPath(edge, picture, tokensFixture());
    const { control } = supportsCurve(edge.source, edge.target);
    const d = /d="M([-\d.]+) ([-\d.]+)Q([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)"/.exec(path)!;
    expect(d).not.toBeNull();
    const [, x1, y1, cx, cy, x2, y2] = d.map(Number);
    expect(cx).toBeCloseTo(control.x, 1);
    expect(cy).toBeCloseTo(control.y, 1);
    // Each end lies on its node's rim, on the way to the control point.
    expect(Math.hypot(x1! - edge.source.x, y1! - edge.source.y)).toBeCloseTo(edge.source.size / 2, 1);
    expect(Math.hypot(x2! - edge.target.x, y2! - edge.target.y)).toBeCloseTo(edge.target.size / 2 + 1, 1);
  });

  it('are quiet without arrows, or strong with the canvas’s arrow when all are shown', () => {
    const quiet = pictureFixture();
    const q = supportsPath(quiet.edges[0]!, quiet, tokensFixture());
    expect(q).not.toContain('marker-end');
    expect(q).toContain(`opacity="${SUPPORTS_LOOK.quiet.opacity}"`);
    const strong = { ...pictureFixture(), allSupports: true };
    const s = supportsPath(strong.edges[0]!, strong, tokensFixture());
    expect(s).toContain('marker-end="url(#arrow)"');
    expect(s).toContain(`stroke-width="${SUPPORTS_LOOK.strong.width}"`);
    expect(supportsArrowSize(SUPPORTS_LOOK.strong.width)).toBeCloseTo(0.3 * 29 * SUPPORTS_LOOK.arrowScale);
  });
});
