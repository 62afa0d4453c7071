import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { homeViewport, HOME_FLOOR } from '../src/canvas/camera';
import { createLayoutEngine } from '../src/canvas/layout/create-engine';
import { textWidthEm } from '../src/canvas/label-box';
import { labelLines, startPicture } from '../src/canvas/start-picture';
import { firstPicture } from '../scripts/lib/first-picture';
import { siblingOrder } from '../src/view/sibling-order';
import { shownAfter } from '../src/view/expanded';
import { taiguModel } from './helpers/load';

const model = taiguModel();
const order = siblingOrder(model, readFileSync('graph-data/taigu-2021/source.txt', 'utf8'));
const engine = createLayoutEngine(model, 'radial', { siblingOrder: order });
const positions = engine.positionsFor([]);

describe('the start picture', () => {
  const pic = startPicture(model, positions, 'zh', 'radial');

  it('draws every node of the start view, and frames all of them', () => {
    expect(pic.nodes.map((n) => n.id).sort()).toEqual(shownAfter(model, []).sort());
    for (const n of pic.nodes) {
      expect(n.x - n.size / 2).toBeGreaterThanOrEqual(pic.frame.x1);
      expect(n.x + n.size / 2).toBeLessThanOrEqual(pic.frame.x2);
      expect(n.y - n.size / 2).toBeGreaterThanOrEqual(pic.frame.y1);
      expect(n.y + n.size / 2).toBeLessThanOrEqual(pic.frame.y2);
    }
  });

  it('breaks Chinese labels after ten characters and English ones between words', () => {
    expect(labelLines('一二三四五六七八九十十一', 'zh')).toEqual(['一二三四五六七八九十', '十一']);
    expect(labelLines('A fairly long label that must wrap', 'en').every((l) => !l.startsWith(' '))).toBe(
      true,
    );
    expect(labelLines('A fairly long label that must wrap', 'en').length).toBeGreaterThan(1);
  });

  it('writes SVG with no style of its own (the CSP blocks it) and escapes the labels', () => {
    const { svg, css } = firstPicture(model, positions, 'radial', '起始视图 <&>', '.fv-wide');
    expect(svg).not.toMatch(/style=|<style/);
    expect(svg).toContain('aria-label="起始视图 &#60;&#38;&#62;"');
    expect(css).toMatch(/clamp\(/);
  });
});

describe('the portrait start picture (a phone held upright)', () => {
  const portrait = createLayoutEngine(model, 'portrait', { siblingOrder: order }).positionsFor([]);
  const pic = startPicture(model, portrait, 'zh', 'portrait');

  it('puts each label beside its shape, one row a node, and frames every label', () => {
    expect(pic.nodes.map((n) => n.id).sort()).toEqual(shownAfter(model, []).sort());
    for (const n of pic.nodes) {
      expect(n.beside).toBe(true);
      expect(n.ray).toBeUndefined();
      const right = n.x + n.size / 2 + n.gap + Math.max(...n.lines.map((l) => textWidthEm(l))) * n.font;
      expect(right).toBeLessThanOrEqual(pic.frame.x2 + 0.5);
      expect(n.x - n.size / 2).toBeGreaterThanOrEqual(pic.frame.x1);
    }
    const rows = [...pic.nodes].sort((a, b) => a.y - b.y);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.y).toBeGreaterThan(rows[i - 1]!.y);
  });

  it('draws part-of edges down the parent’s column and frames the picture as the fitted home view', () => {
    const insets = { top: 6, right: 12, bottom: 60, left: 12 };
    const { svg, css } = firstPicture(model, portrait, 'portrait', '起始视图', '.fv-phone', insets);
    expect(svg).not.toMatch(/style=|<style/);
    expect(svg).toMatch(/class="fp-part-of" fill="none" d="M[\d.-]+ [\d.-]+H[\d.-]+V[\d.-]+"/);
    expect(svg).toContain('text-anchor="start"');
    expect(css).toContain('.first-view .fv-phone .first-picture');
    expect(css).toContain('min(100cqw - 24px, (100cqh - 66px)');
  });
});

describe('home viewport', () => {
  const box = { x1: -100, y1: -50, x2: 300, y2: 150 };
  it('fits the box inside 40 px and centres it', () => {
    const v = homeViewport(box, 480, 280, 0.1);
    expect(v.zoom).toBeCloseTo(1);
    expect(v.pan.x - 100 * v.zoom).toBeCloseTo((480 - 400 * v.zoom) / 2);
    expect(v.pan.y - 50 * v.zoom).toBeCloseTo((280 - 200 * v.zoom) / 2);
  });
  it('never closer than 1.5, never farther out than the floor', () => {
    expect(homeViewport(box, 4000, 4000, 0.1).zoom).toBe(1.5);
    expect(homeViewport(box, 120, 120, HOME_FLOOR).zoom).toBe(HOME_FLOOR);
  });
});
