import { resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { loadGraphDir } from './graph-dir';
import { derivedFiles } from './derived-files';
import { firstPicture, type FirstPicture } from './first-picture';
import type { GraphIndex } from '../../src/domain/schema';
import { buildModel } from '../../src/domain/graph-model';
import { parseStartLayout, START_LAYOUT_FILE } from '../../src/data/start-layout-file';
import { startKey } from '../../src/view/positions';
import { DEFAULT_LAYOUT } from '../../src/view/view-state';
import { createLayoutEngine } from '../../src/canvas/layout/create-engine';
import { CONTROLS_BAND } from '../../src/canvas/media';
import { FIRST_VIEW_ID } from '../../src/canvas/first-view-id';
import { fittedInsets } from '../../src/canvas/phone-frame';
import { splitParagraphs } from '../../src/domain/source-text';
import { siblingOrder } from '../../src/view/sibling-order';
import { zh } from '../../src/i18n/zh';
import { en } from '../../src/i18n/en';

const CSS_ID = 'virtual:first-view.css';
const RESOLVED_CSS = '\0' + CSS_ID;
/** The classic script in <head> that hides the picture before the first paint when the link names a view. */
export const FIRST_VIEW_GATE = 'first-view-gate.js';

/** The two shells: a wide screen's, and a phone held upright's (its own header, the portrait tree). */
const SHELLS = { wide: 'fv-wide', phone: 'fv-phone' } as const;
type ShellName = keyof typeof SHELLS;

interface Made {
  pictures: Record<ShellName, FirstPicture>;
  shells?: Record<ShellName, { html: string; css: string }>;
  index?: GraphIndex;
  graphId: string;
  opened: Parameters<typeof import('./first-view-shell').renderShell>[0];
}

function make(root: string): Made | undefined {
  const dir = loadGraphDir(root);
  const id = dir.index?.default;
  const loaded = dir.graphs.find((g) => g.id === id);
  if (!loaded || dir.problems.length) return undefined;
  const start = parseStartLayout(JSON.parse(derivedFiles(loaded)[START_LAYOUT_FILE]!));
  if (!start) return undefined;
  const model = buildModel(loaded.graph);
  // The default layout's start view as the build laid it out for the app (derived-files.ts).
  const key = startKey(DEFAULT_LAYOUT, 'screen', 'zh');
  const positions = key && start[key];
  if (!positions) return undefined;
  const title = zh['firstView.picture'];
  // The portrait tree as the app lays it out on a phone (canvas-scene.ts: the sibling order of the source text),
  // framed as its home view is with nothing selected: clear of the zoom buttons.
  const order = siblingOrder(model, splitParagraphs(loaded.sourceText).join('\n\n'));
  const portrait = createLayoutEngine(model, 'portrait', { siblingOrder: order }).positionsFor([]);
  const pictures = {
    wide: firstPicture(model, positions, DEFAULT_LAYOUT, title, `.${SHELLS.wide}`),
    phone: firstPicture(
      model,
      portrait,
      'portrait',
      title,
      `.${SHELLS.phone}`,
      fittedInsets('portrait', CONTROLS_BAND),
    ),
  };
  return {
    pictures,
    graphId: loaded.id,
    index: dir.index,
    opened: {
      graphId: loaded.id,
      graph: loaded.graph,
      sourceText: loaded.sourceText,
      startPositions: start,
      tours: loaded.tours ?? [],
    },
  };
}

/**
 * The shell rendered by React through Vite's SSR loader (the app's components import CSS and TSX). React writes
 * a few computed styles as style="" attributes (the outline's indents), which the CSP blocks: each becomes a
 * class whose rule goes into the stylesheet. Both shells come from one SSR server.
 */
async function renderShells(m: Made): Promise<Record<ShellName, { html: string; css: string }>> {
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const mod = (await server.ssrLoadModule(
      '/scripts/lib/first-view-shell.tsx',
    )) as typeof import('./first-view-shell');
    return {
      wide: withClasses(mod.renderShell(m.opened, m.index, false), 'wide'),
      phone: withClasses(mod.renderShell(m.opened, m.index, true), 'phone'),
    };
  } finally {
    await server.close();
  }
}

function withClasses(raw: string, shell: ShellName): { html: string; css: string } {
  const classes = new Map<string, string>();
  let html = raw.replace(/ style="([^"]*)"/g, (_, decl: string) => {
    let name = classes.get(decl);
    if (!name) classes.set(decl, (name = `fv-${shell}-s${classes.size}`));
    return ` data-fv="${name}"`;
  });
  // Merge the marker into the element's class attribute, or give it one.
  html = html.replace(
    /<([a-z]+)([^>]*?) data-fv="(fv-s\d+)"([^>]*)>/g,
    (_, tag: string, a: string, name: string, b: string) => {
      const attrs = a + b;
      return /class="/.test(attrs)
        ? `<${tag}${attrs.replace(/class="([^"]*)"/, `class="$1 ${name}"`)}>`
        : `<${tag}${attrs} class="${name}">`;
    },
  );
  const css = [...classes]
    .map(([decl, name]) => `.first-view .${name} {${decl.replace(/&quot;/g, '"')}}`)
    .join('\n');
  return { html, css };
}

/**
 * Writes the first view into index.html: the page's shell rendered by React and the start view as inline SVG,
 * visible before any script or web font arrives and to readers without JavaScript; the canvas replaces it once
 * it has drawn (src/canvas/first-picture.ts). The framing rules come as a CSS module (main.tsx imports it).
 */
export function firstViewPlugin(dataDir = 'graph-data'): Plugin {
  const root = resolve(dataDir);
  let made: Made | undefined;
  let building = false;
  const get = () => (made ??= make(root));
  return {
    name: 'taigu-first-view',
    configResolved(config) {
      building = config.command === 'build' && !config.build.ssr;
    },
    resolveId: (id) => (id === CSS_ID ? RESOLVED_CSS : undefined),
    load(id) {
      if (id !== RESOLVED_CSS) return undefined;
      // The dev server rereads the data on every start; the build reads it once.
      if (!building) made = undefined;
      const m = get();
      if (!m) return '';
      return (['wide', 'phone'] as const).map((k) => m.pictures[k].css + (m.shells?.[k].css ?? '')).join('');
    },
    async buildStart() {
      if (!building) return;
      const m = get();
      if (m) m.shells = await renderShells(m);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const m = building ? get() : undefined;
        if (!m?.shells) return html;
        const noscript =
          `<noscript><p class="first-view-noscript" lang="zh-CN">${zh['firstView.noScript']}` +
          ` <span lang="en">${en['firstView.noScript']}</span></p></noscript>`;
        // Each shell with its picture in its canvas's box; the stylesheet shows the one for the screen.
        const withPicture = (k: ShellName) => {
          const shell = m.shells![k].html;
          const canvasOpen = /<div[^>]*data-testid="graph-canvas"[^>]*>/.exec(shell);
          if (!canvasOpen) throw new Error('first view: the shell has no canvas box');
          const at = canvasOpen.index + canvasOpen[0].length;
          const inside = shell.slice(0, at) + m.pictures[k].svg + noscript + shell.slice(at);
          return `<div class="${SHELLS[k]}">${inside}</div>`;
        };
        const body =
          `<div id="${FIRST_VIEW_ID}" class="first-view" data-graph="${m.graphId}">` +
          withPicture('wide') +
          withPicture('phone') +
          '</div>';
        return {
          html: html.replace('<div id="root"></div>', `${body}<div id="root"></div>`),
          tags: [
            {
              tag: 'script',
              attrs: { src: `./${FIRST_VIEW_GATE}`, 'data-graph': m.graphId },
              injectTo: 'head',
            },
          ],
        };
      },
    },
  };
}
