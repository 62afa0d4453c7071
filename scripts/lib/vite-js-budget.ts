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
  dynamicImports?: string[];
  code?: string;
}

/** The chunks named and everything they import statically, transitively. */
export function staticClosure(bundle: Record<string, ChunkLike>, names: string[]): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    const chunk = bundle[name];
    if (!chunk || chunk.type !== 'chunk' || seen.has(name)) return;
    seen.add(name);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  names.forEach(visit);
  return [...seen].sort();
}

/**
 * The script a page loads before anything lazy: every entry chunk, what it imports dynamically itself (the
 * entry imports the app once the first view is painted, src/main.tsx) and everything those import statically,
 * transitively. Dynamic imports further down are excluded: they load when needed. Sizes are gzip, as served.
 */
export function initialScript(bundle: Record<string, ChunkLike>): { files: string[]; gzipBytes: number } {
  const entries = Object.entries(bundle).filter(([, c]) => c.type === 'chunk' && c.isEntry);
  const files = staticClosure(
    bundle,
    entries.flatMap(([name, c]) => [name, ...(c.dynamicImports ?? [])]),
  );
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
