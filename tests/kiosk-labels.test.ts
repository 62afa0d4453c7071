import { describe, expect, it } from 'vitest';
import type { StylesheetJson } from 'cytoscape';
import { canvasStyle } from '../src/canvas/canvas-style';
import { LayoutEngine, type Positions } from '../src/canvas/layout/layout-engine';
import { parseStartLayout } from '../src/data/start-layout-file';
import { labelBox, wrapLines } from '../src/canvas/label-box';
import { KIOSK_SCALE, LABEL_GAP, layoutBox, nodeMetrics } from '../src/canvas/node-metrics';
import type { CanvasScale } from '../src/view/positions';
import type { CanvasTokens } from '../src/canvas/theme-tokens';
import { NODE_KINDS } from '../src/domain/vocabulary';
import type { GraphModel } from '../src/domain/graph-model';
import { taiguModel } from './helpers/load';

const tokens: CanvasTokens = {
  font: 'sans-serif',
  bg: '#fff',
  label: '#222',
  halo: '#fff',
  partOf: '#999',
  supports: '#36f',
  badgeInk: '#fff',
  selected: '#15f',
  kinds: Object.fromEntries(NODE_KINDS.map((k) => [k, '#777'])) as CanvasTokens['kinds'],
};

type Rule = { selector: string; style: Record<string, unknown> };
const rule = (sheet: StylesheetJson, selector: string) =>
  (sheet as Rule[]).find((r) => r.selector === selector)!.style;
const px = (v: unknown) => Number(String(v).replace('px', ''));

describe('kiosk labels: larger, from the same metrics as the layout', () => {
  const screen = canvasStyle(tokens, 'zh');
  const kiosk = canvasStyle(tokens, 'zh', { scale: 'kiosk' });

  it('draws every kind’s label 1.35× as large, wrapping at a width that grows with it', () => {
    for (const kind of NODE_KINDS) {
      const s = rule(screen, `node.k-${kind}`);
      const k = rule(kiosk, `node.k-${kind}`);
      expect(px(k['font-size']) / px(s['font-size'])).toBeCloseTo(KIOSK_SCALE.label, 5);
      expect(px(k['text-max-width']) / px(s['text-max-width'])).toBeCloseTo(KIOSK_SCALE.label, 5);
      expect(px(k.width)).toBeGreaterThan(px(s.width));
      expect(k['font-weight']).toBe(s['font-weight']);
    }
    expect(px(rule(kiosk, 'node')['text-margin-y'])).toBeCloseTo(LABEL_GAP * KIOSK_SCALE.label, 5);
  });

  it('roots too', () => {
    const s = rule(screen, 'node.lv-1.k-measure');
    const k = rule(kiosk, 'node.lv-1.k-measure');
    expect(px(k['font-size']) / px(s['font-size'])).toBeCloseTo(KIOSK_SCALE.label, 5);
  });

  it('leaves the screen and exports as they were', () => {
    expect(canvasStyle(tokens, 'zh', { scale: 'screen' })).toEqual(screen);
    const m = nodeMetrics('goal', 4);
    expect(px(rule(screen, 'node.k-goal')['font-size'])).toBe(m.font);
    const exported = canvasStyle(tokens, 'zh', { exportLabels: { labelBoost: 2 } });
    expect(px(rule(exported, 'node.k-goal')['font-size'])).toBe(2 * m.font);
  });

  it('keeps a layout box per scale: a kiosk box is never served to the screen, nor the other way round', () => {
    const model = taiguModel();
    const node = model.nodes.get('goal-agri-hi-tech-zone')!;
    const screenBox = layoutBox(node, 4);
    const kioskBox = layoutBox(node, 4, 'kiosk');
    expect(kioskBox.width).toBeGreaterThan(screenBox.width * 1.3);
    expect(kioskBox.labelHeight).toBeGreaterThan(screenBox.labelHeight * 1.3);
    expect(layoutBox(node, 4)).toBe(screenBox);
    expect(layoutBox(node, 4, 'kiosk')).toBe(kioskBox);
    expect(layoutBox(node, 1, 'kiosk')).not.toBe(kioskBox);
  });
});

describe('label box estimates', () => {
  it('wraps English between words, Chinese anywhere', () => {
    expect(wrapLines('Cordial and clean government-business ties', 'whitespace').length).toBe(3);
    expect(wrapLines('全国一流的科技创新城', 'anywhere')).toEqual([10]);
    expect(wrapLines('新兴产业未来产业换道领跑', 'anywhere')).toEqual([10, 2]);
    // A word longer than a line stands alone.
    expect(wrapLines('Supercalifragilisticexpialidocious', 'whitespace').length).toBe(1);
  });

  it('counts the curly quotes full width, as the CJK font draws them', () => {
    expect(labelBox('“不能”', 10, 'anywhere').width).toBe(40);
  });

  it('never makes a wrapped label narrower than the wrap width', () => {
    expect(labelBox('Shore up weaknesses', 20, 'whitespace').width).toBe(200);
  });
});

/** Pairs of layout boxes (shape + label) that overlap. */
function overlapping(model: GraphModel, p: Positions, scale: CanvasScale): string[] {
  const boxes = [...p].map(([id, q]) => {
    const b = layoutBox(model.nodes.get(id)!, model.level.get(id)!, scale);
    return {
      id,
      x1: q.x - b.width / 2,
      x2: q.x + b.width / 2,
      y1: q.y - b.height / 2,
      y2: q.y + b.height / 2,
    };
  });
  const out: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(`${a.id} × ${b.id}`);
    }),
  );
  return out;
}

describe('no label covers another', { timeout: 60_000 }, () => {
  const model = taiguModel();
  const goals = [...model.nodes.values()].filter((n) => n.kind === 'goal').map((n) => n.id);

  for (const scale of ['screen', 'kiosk'] as const)
    it(`${scale}: on the start view and with any one goal opened`, () => {
      const engine = new LayoutEngine(model, undefined, scale);
      expect(overlapping(model, engine.positionsFor([]), scale)).toEqual([]);
      for (const id of goals)
        expect(overlapping(model, engine.positionsFor([{ op: 'expand', id }]), scale), id).toEqual([]);
      engine.destroy();
    });
});

describe('start layout file', () => {
  it('carries the kiosk’s start view beside the screen’s', () => {
    const parsed = parseStartLayout({ version: 1, positions: { a: [1, 2] }, kiosk: { a: [3, 4] } });
    expect(parsed?.screen?.get('a')).toEqual({ x: 1, y: 2 });
    expect(parsed?.kiosk?.get('a')).toEqual({ x: 3, y: 4 });
  });
  it('works without it (the kiosk then lays its start out itself), and ignores a malformed one', () => {
    expect(parseStartLayout({ version: 1, positions: { a: [1, 2] } })).toEqual({
      screen: new Map([['a', { x: 1, y: 2 }]]),
    });
    expect(
      parseStartLayout({ version: 1, positions: { a: [1, 2] }, kiosk: { a: ['x'] } })?.kiosk,
    ).toBeUndefined();
    expect(parseStartLayout({ version: 2, positions: {} })).toBeUndefined();
  });
});
