import { describe, expect, it } from 'vitest';
import { applyEdit, emptyGraph } from '../src/domain/graph-edits';
import { commit, startHistory, undo } from '../src/domain/edit-history';
import { sentenceCoverage, sentencesOf } from '../src/domain/sentence-coverage';
import { validateGraph } from '../src/domain/validate-graph';
import { problemNode, proposeLabel, termsIn } from '../src/editor/propose';
import { GLOSSARY_TERMS } from '../src/editor/glossary-terms';
import type { GraphNode } from '../src/domain/schema';

const SOURCE = '清河县发展纲要\n\n一、建设美丽清河。坚持绿水青山，推进河道治理！\n\n二、发展现代农业。';
const paragraphs = SOURCE.split('\n\n');
const node = (id: string, quote: string, paragraph: number): GraphNode => ({
  id,
  kind: 'measure',
  label: { zh: quote.slice(0, 6), en: id },
  summary: { zh: quote, en: id },
  evidence: { quote, paragraph },
});

describe('sentence coverage', () => {
  it('splits a paragraph at Chinese sentence ends, closing quotes kept with their sentence', () => {
    const text = '他说：“要干。”然后走了！最后一句';
    expect(sentencesOf(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '他说：“要干。”',
      '然后走了！',
      '最后一句',
    ]);
  });

  it('counts the sentences no quote touches, and the count falls as quotes are added', () => {
    const none = sentenceCoverage(paragraphs, []);
    expect(none).toMatchObject({ sentences: 4, uncovered: 4, uncoveredParagraphs: 3 });
    const one = sentenceCoverage(paragraphs, [{ quote: '推进河道治理', paragraph: 2 }]);
    expect(one).toMatchObject({ uncovered: 3, uncoveredParagraphs: 2 });
    expect(one.paragraphs[1]!.sentences.map((s) => s.covered)).toEqual([false, true]);
    // A quote in the wrong paragraph covers nothing; front matter is not counted.
    expect(sentenceCoverage(paragraphs, [{ quote: '推进河道治理', paragraph: 3 }], [1])).toMatchObject({
      sentences: 3,
      uncovered: 3,
    });
  });
});

describe('graph edits', () => {
  it('a graph built from nothing by edits is valid against its source', () => {
    let g = emptyGraph(SOURCE, 'qinghe.txt', 2030);
    expect(g.meta.title).toEqual({ zh: '清河县发展纲要', en: 'qinghe' });
    g = applyEdit(g, { op: 'add-node', node: node('beautiful', '建设美丽清河', 2) });
    g = applyEdit(g, { op: 'add-node', node: node('river', '推进河道治理', 2) });
    expect(g.meta.roots).toEqual(['beautiful', 'river']);
    g = applyEdit(g, { op: 'add-edge', edge: { source: 'river', target: 'beautiful', relation: 'part-of' } });
    expect(g.meta.roots).toEqual(['beautiful']);
    expect(validateGraph(g, { file: 'graph.json', sourceText: SOURCE }).ok).toBe(true);
    g = applyEdit(g, { op: 'remove-edge', source: 'river', target: 'beautiful', relation: 'part-of' });
    expect(g.meta.roots).toEqual(['beautiful', 'river']);
  });

  it('an edit that changes nothing is no undo step', () => {
    const g = applyEdit(emptyGraph(SOURCE, 'a.txt', 2030), {
      op: 'add-node',
      node: node('a', '建设美丽清河', 2),
    });
    const h = startHistory(g);
    expect(commit(h, applyEdit(g, { op: 'remove-node', id: 'ghost' }))).toBe(h);
    expect(
      commit(h, applyEdit(g, { op: 'add-edge', edge: { source: 'a', target: 'a', relation: 'supports' } })),
    ).toBe(h);
    const removed = commit(h, applyEdit(g, { op: 'remove-node', id: 'a' }));
    expect(removed.present.nodes).toHaveLength(0);
    expect(undo(removed).present).toBe(g);
  });

  it('removing a node removes its relations, and its children become roots', () => {
    let g = emptyGraph(SOURCE, 'a.txt', 2030);
    g = applyEdit(g, { op: 'add-node', node: node('top', '建设美丽清河', 2) });
    g = applyEdit(g, { op: 'add-node', node: node('kid', '推进河道治理', 2), parent: 'top' });
    expect(g.edges).toHaveLength(1);
    g = applyEdit(g, { op: 'remove-node', id: 'top' });
    expect(g.edges).toEqual([]);
    expect(g.meta.roots).toEqual(['kid']);
  });
});

describe('proposals', () => {
  it('proposes a label from the first clause of a quote, list markers dropped', () => {
    expect(proposeLabel('一、建设生态宜居的美丽清河')).toBe('建设生态宜居的美丽清河');
    expect(proposeLabel('坚持绿水青山，全面推进河道治理。')).toBe('坚持绿水青山');
    expect(proposeLabel('（三）“特”“优”战略')).toBe('特优战略');
    expect([...proposeLabel('很'.repeat(50))]).toHaveLength(20);
  });

  it('suggests the glossary term of a Chinese text', () => {
    expect(termsIn('推动“特”“优”发展', GLOSSARY_TERMS).map((t) => t.en)).toContain('distinctive and premium');
    expect(termsIn('一句普通的话', GLOSSARY_TERMS)).toEqual([]);
  });

  it('links a problem to the node it is about', () => {
    const g = applyEdit(emptyGraph(SOURCE, 'a.txt', 2030), {
      op: 'add-node',
      node: node('a', '不在原文', 2),
    });
    const result = validateGraph(g, { file: 'graph.json', sourceText: SOURCE });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => problemNode(p, g))).toContain('a');
  });
});
