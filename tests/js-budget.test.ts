import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { initialScript, jsBudgetPlugin, type ChunkLike } from '../scripts/lib/vite-js-budget';

const chunk = (fileName: string, code: string, imports: string[] = [], isEntry = false): ChunkLike => ({
  type: 'chunk',
  fileName,
  code,
  imports,
  isEntry,
});
/** Text that gzip cannot shrink much (hex digests): its size as served is about half its length. */
const noise = (bytes: number, seed = 1) => {
  let s = '';
  for (let i = 0; s.length < bytes; i++) s += createHash('sha256').update(`${seed}:${i}`).digest('hex');
  return s.slice(0, bytes);
};

const bundleOf = (entryBytes: number) => ({
  'index.html': { type: 'asset', fileName: 'index.html' } as ChunkLike,
  'index.js': chunk('index.js', noise(entryBytes), ['vendor.js'], true),
  'vendor.js': chunk('vendor.js', noise(20_000, 2), ['shared.js']),
  'shared.js': chunk('shared.js', noise(5_000, 3)),
  'export.js': chunk('export.js', noise(400_000, 4), ['shared.js']),
});

describe('initial JS budget', () => {
  it('counts the entry and what it imports statically, transitively, and nothing loaded later', () => {
    const { files, gzipBytes } = initialScript(bundleOf(10_000));
    expect(files).toEqual(['index.js', 'shared.js', 'vendor.js']);
    expect(gzipBytes).toBeGreaterThan(15_000);
    expect(gzipBytes).toBeLessThan(25_000); // the lazy 400 KB export chunk is not in it
  });

  it('counts the app the entry imports once the first view is painted, but not what the app loads later', () => {
    const bundle = {
      'index.js': { ...chunk('index.js', noise(2_000), [], true), dynamicImports: ['start.js'] },
      'start.js': { ...chunk('start.js', noise(30_000, 5), ['shared.js']), dynamicImports: ['export.js'] },
      'shared.js': chunk('shared.js', noise(5_000, 3)),
      'export.js': chunk('export.js', noise(400_000, 4), ['shared.js']),
    };
    expect(initialScript(bundle).files).toEqual(['index.js', 'shared.js', 'start.js']);
  });

  const run = (entryBytes: number, budgetKb: number) => {
    const plugin = jsBudgetPlugin(budgetKb);
    const hook = plugin.writeBundle as (this: unknown, o: unknown, b: unknown) => void;
    const ctx = {
      error: (m: string) => {
        throw new Error(m);
      },
    };
    return () => hook.call(ctx, {}, bundleOf(entryBytes));
  };

  it('fails the build when the initial script is over budget, naming the excess', () => {
    expect(run(700_000, 270)).toThrow(/over budget by \d+\.\d KB/);
  });

  it('passes a build within budget', () => {
    expect(run(10_000, 270)).not.toThrow();
  });
});
