import type { Plugin } from 'vite';

/**
 * The web font's CSS lists a WOFF fallback beside every WOFF2 part; every browser the app supports reads WOFF2,
 * so the fallbacks are dropped: half the font CSS to parse before first paint, and no unused files in the build.
 */
export function fontWoff2Only(): Plugin {
  return {
    name: 'taigu-font-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource[\\/][^\\/]+[\\/]\d+\.css$/.test(id.split('?')[0]!)) return undefined;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, ''), map: null };
    },
  };
}
