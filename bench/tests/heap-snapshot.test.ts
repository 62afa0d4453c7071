import { describe, expect, it } from 'vitest';
import { codeBytes, type HeapSnapshotJson } from '../lib/heap-snapshot';

/** A snapshot in V8's flat format: nodes are runs of node_fields, types index node_types[0]. */
const snapshot = (nodes: [type: string, size: number][]): HeapSnapshotJson => {
  const types = ['hidden', 'array', 'string', 'object', 'code', 'closure'];
  return {
    snapshot: {
      meta: { node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'], node_types: [types] },
    },
    nodes: nodes.flatMap(([t, size], i) => [types.indexOf(t), 0, i + 1, size, 0]),
    strings: [''],
  };
};

describe('compiled code in a heap snapshot', () => {
  it('sums the self sizes of code nodes only', () => {
    const s = snapshot([
      ['code', 4096],
      ['object', 1000],
      ['code', 100],
      ['closure', 64],
      ['string', 30],
    ]);
    expect(codeBytes(s)).toBe(4196);
  });

  it('finds the type column wherever the snapshot puts it', () => {
    const s = snapshot([['code', 10]]);
    s.snapshot.meta.node_fields = ['name', 'type', 'id', 'self_size', 'edge_count'];
    s.nodes = [0, 4, 1, 10, 0, 0, 3, 2, 99, 0];
    expect(codeBytes(s)).toBe(10);
  });
});
