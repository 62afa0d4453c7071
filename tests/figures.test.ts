import { describe, expect, it } from 'vitest';
import { figureEn, figureZh } from '../src/domain/figures';
import type { Figure } from '../src/domain/schema';

const f = (value: number, unit: Figure['unit']): Figure => ({ value, unit, what: { zh: 'x', en: 'x' } });

describe('figures keep the document’s wording in Chinese and convert correctly in English', () => {
  it.each([
    [f(1275, '亿元'), '1275亿元', '127.5 billion yuan'],
    [f(1000, '亿元'), '1000亿元', '100 billion yuan'],
    [f(10, '亿元'), '10亿元', '1 billion yuan'],
    [f(10, '万吨'), '10万吨', '100,000 tonnes'],
    [f(32, '万人'), '32万人', '320,000 people'],
    [f(236, '个'), '236个', '236'],
    [f(20, '字'), '20字', '20 characters'],
  ])('%o', (figure, zh, en) => {
    expect(figureZh(figure)).toBe(zh);
    expect(figureEn(figure)).toBe(en);
  });
});
