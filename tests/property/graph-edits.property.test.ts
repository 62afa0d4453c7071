import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commit, redo, startHistory, undo, type History } from '../../src/domain/edit-history';
import { applyEdit, emptyGraph, type GraphEdit } from '../../src/domain/graph-edits';
import type { GraphFile, GraphNode } from '../../src/domain/schema';
import { NODE_KINDS, RELATIONS } from '../../src/domain/vocabulary';

/**
 * Undo is exact: any sequence of edits, each committed to the history, then undone to the start, gives back the
 * graph the author started from — deeply equal and the very same object — and redoing them all gives back the
 * end. Edits refer to ids that exist, ids that do not, and ids removed on the way.
 */
const mini = JSON.parse(readFileSync('tests/fixtures/mini/valid.json', 'utf8')) as GraphFile;
const starts: GraphFile[] = [mini, emptyGraph('一、第一段。\n\n二、第二段。', 'plan.txt', 2030)];
const IDS = [...mini.nodes.map((n) => n.id), 'new-a', 'new-b', 'new-c'];

const id = fc.constantFrom(...IDS);
const text = fc.string({ minLength: 0, maxLength: 6 });
const node = (nodeId: string, kind: GraphNode['kind'], zh: string): GraphNode => ({
  id: nodeId,
  kind,
  label: { zh, en: nodeId },
  summary: { zh, en: nodeId },
  evidence: { quote: zh || '第一段', paragraph: 1 },
});
const edit: fc.Arbitrary<GraphEdit> = fc.oneof(
  fc
    .tuple(id, fc.constantFrom(...NODE_KINDS), text, fc.option(id, { nil: undefined }))
    .map(([i, k, zh, parent]) => ({ op: 'add-node', node: node(i, k, zh), parent }) as GraphEdit),
  fc
    .tuple(id, text, text)
    .map(([i, zh, en]) => ({ op: 'update-node', id: i, patch: { label: { zh, en } } }) as GraphEdit),
  fc
    .tuple(
      id,
      fc.array(fc.record({ value: fc.integer(), what: fc.record({ zh: text, en: text }) }), { maxLength: 2 }),
    )
    .map(
      ([i, fs]) =>
        ({
          op: 'update-node',
          id: i,
          patch: { figures: fs.map((f) => ({ ...f, unit: '个' as const })) },
        }) as GraphEdit,
    ),
  id.map((i) => ({ op: 'remove-node', id: i }) as GraphEdit),
  fc
    .tuple(id, id, fc.constantFrom(...RELATIONS))
    .map(
      ([source, target, relation]) => ({ op: 'add-edge', edge: { source, target, relation } }) as GraphEdit,
    ),
  fc
    .tuple(id, id, fc.constantFrom(...RELATIONS))
    .map(([source, target, relation]) => ({ op: 'remove-edge', source, target, relation }) as GraphEdit),
  text.map((zh) => ({ op: 'set-meta', meta: { ...mini.meta, title: { zh, en: zh } } }) as GraphEdit),
);

describe('editing history', () => {
  it('undoing every edit of a random sequence gives back the start exactly; redoing gives back the end', () => {
    fc.assert(
      fc.property(fc.constantFrom(...starts), fc.array(edit, { maxLength: 40 }), (start, edits) => {
        const snapshot = structuredClone(start);
        let h: History<GraphFile> = startHistory(start);
        for (const e of edits) h = commit(h, applyEdit(h.present, e));
        const end = h.present;
        const endCopy = structuredClone(end);
        const steps = h.past.length;
        for (let i = 0; i < steps; i++) h = undo(h);
        expect(h.present).toBe(start);
        expect(h.present).toEqual(snapshot);
        expect(h.past).toHaveLength(0);
        for (let i = 0; i < steps; i++) h = redo(h);
        expect(h.present).toBe(end);
        expect(h.present).toEqual(endCopy);
      }),
      { numRuns: 400 },
    );
  });

  it('every node without a part-of parent is a root, whatever the edits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...starts), fc.array(edit, { maxLength: 40 }), (start, edits) => {
        const g = edits.reduce(applyEdit, start);
        const children = new Set(g.edges.filter((e) => e.relation === 'part-of').map((e) => e.source));
        const parentless = g.nodes.map((n) => n.id).filter((n) => !children.has(n));
        expect([...g.meta.roots].sort()).toEqual(parentless.sort());
      }),
      { numRuns: 300 },
    );
  });
});
