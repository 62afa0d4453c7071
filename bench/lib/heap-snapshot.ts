/**
 * A V8 heap snapshot summed by what holds the bytes — used by the soak to tell compiled code (which grows while V8
 * optimises more functions, and is not the app's data) from everything else.
 */
import type { CDPSession } from '@playwright/test';

export interface HeapSnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

export async function takeHeapSnapshot(cdp: CDPSession): Promise<HeapSnapshotJson> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return JSON.parse(chunks.join('')) as HeapSnapshotJson;
}

/** Bytes of V8's compiled code in the snapshot: machine code, bytecode and their metadata (node type "code"). */
export function codeBytes(s: HeapSnapshotJson): number {
  const fields = s.snapshot.meta.node_fields;
  const code = s.snapshot.meta.node_types[0].indexOf('code');
  const [ti, si] = [fields.indexOf('type'), fields.indexOf('self_size')];
  let sum = 0;
  for (let i = 0; i < s.nodes.length; i += fields.length)
    if (s.nodes[i + ti] === code) sum += s.nodes[i + si]!;
  return sum;
}
