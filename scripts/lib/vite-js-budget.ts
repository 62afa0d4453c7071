import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What a first visit downloads as script before the app can draw: the budget's subject. */
export const INITIAL_JS_BUDGET_KB = 270;

/** The parts of a bundle this check reads (a rollup/rolldown output chunk). */
export interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  imports?: string[];
  code?: string;
}

/**
 * The script a page loads before anything lazy: every entry chunk and everything it imports statically,
 * transitively (dynamic imports excluded: they load when needed). Sizes are gzip, as served.
 */
export function initialScript(bundle: Record<string, ChunkLike>): { files: string[]; gzipBytes: number } {
  const seen = new Set<string>();
  const visit = (name: string) => {
    const chunk = bundle[name];
    if (!chunk || chunk.type !== 'chunk' || seen.has(name)) return;
    seen.add(name);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const [name, chunk] of Object.entries(bundle))
    if (chunk.type === 'chunk' && chunk.isEntry) visit(name);
  const files = [...seen].sort();
  const gzipBytes = files.reduce((sum, f) => sum + gzipSync(bundle[f]!.code ?? '', { level: 9 }).length, 0);
  return { files, gzipBytes };
}

/** Fails the build when the initial script exceeds the budget; prints the figure either way. */
export function jsBudgetPlugin(budgetKb = INITIAL_JS_BUDGET_KB): Plugin {
  return {
    name: 'taigu-js-budget',
    apply: 'build',
    enforce: 'post',
    writeBundle(_options, bundle) {
      // Only the page's own build: the workers' bundles have no page entry of their own to budget.
      const chunks = bundle as unknown as Record<string, ChunkLike>;
      if (!Object.values(chunks).some((c) => c.type === 'asset' && c.fileName.endsWith('.html'))) return;
      const { files, gzipBytes } = initialScript(chunks);
      const kb = gzipBytes / 1024;
      const line = `initial JS ${kb.toFixed(1)} KB gzip in ${files.length} file(s); budget ${budgetKb} KB`;
      if (kb > budgetKb)
        this.error(`${line}: over budget by ${(kb - budgetKb).toFixed(1)} KB (${files.join(', ')})`);
      console.log(line);
    },
  };
}
