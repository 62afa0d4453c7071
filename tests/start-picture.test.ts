import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { homeViewport, HOME_FLOOR } from '../src/canvas/camera';
import { createLayoutEngine } from '../src/canvas/layout/create-engine';
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
    const { svg, css } = firstPicture(model, positions, 'radial', '起始视图 <&>');
    expect(svg).not.toMatch(/style=|<style/);
    expect(svg).toContain('aria-label="起始视图 &#60;&#38;&#62;"');
    expect(css).toMatch(/clamp\(/);
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
