import type { Plugin } from 'vite';
import { staticClosure, type ChunkLike } from './vite-js-budget';

/** A chunk with Vite's note of the stylesheets its modules import. */
type StyledChunk = ChunkLike & { viteMetadata?: { importedCss: Set<string> } };

/**
 * The stylesheets of the app the page's entry imports once the first view is painted (src/main.tsx), linked in
 * the head like the entry's own: the first view's shell is drawn with them. (Its script is fetched when the entry
 * imports it; a module preloaded from the head would hold a phone's first paint, see after-first-paint.ts.)
 */
export function appStylesPlugin(): Plugin {
  return {
    name: 'taigu-app-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle as unknown as Record<string, StyledChunk> | undefined;
        const entry = ctx.chunk as unknown as StyledChunk | undefined;
        if (!bundle || !entry) return [];
        const linked = new Set(entry.viteMetadata?.importedCss ?? []);
        const app = staticClosure(bundle, entry.dynamicImports ?? []);
        const css = new Set(app.flatMap((f) => [...(bundle[f]!.viteMetadata?.importedCss ?? [])]));
        return [...css]
          .filter((f) => !linked.has(f))
          .map((f) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `./${f}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
