// The layer order of src/: each folder imports only from folders in layers below its own (and from itself).
// README.md ("Code map") states the same order; tests/layers.test.ts keeps the two equal.
import path from 'node:path';

/** Lowest first. Folders in one layer never import each other. */
export const LAYERS = [
  ['styles', 'types'],
  ['domain'],
  ['i18n'],
  ['sheets'],
  ['view'],
  ['link-format'],
  ['store'],
  ['errors'],
  ['data'],
  ['canvas'],
  ['panels'],
  ['search', 'tour', 'export', 'url', 'editor'],
  ['publish'],
  ['kiosk'],
  ['app'],
];

/** Files directly in src/ (main.tsx) start the app: they sit with it. */
const ROOT_FILES_LAYER = 'app';
/** Only the canvas bridge talks to cytoscape. */
const CANVAS_ONLY = /^cytoscape(-|$)|^layout-base$|^cose-base$/;
const CANVAS = 'canvas';

const rankOf = new Map(LAYERS.flatMap((folders, rank) => folders.map((f) => [f, rank])));

/** The top-level folder of src/ a file lies in, or undefined outside src/. */
export function folderOf(srcDir, file) {
  const rel = path.relative(srcDir, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const parts = rel.split(path.sep);
  return parts.length === 1 ? ROOT_FILES_LAYER : parts[0];
}

/** Why `from` may not import `to`, or undefined when it may. */
export function importProblem(from, to) {
  if (from === to) return undefined;
  const a = rankOf.get(from);
  const b = rankOf.get(to);
  if (a === undefined) return `src/${from}/ has no place in the layer order (lint/layers.js)`;
  if (b === undefined) return `src/${to}/ has no place in the layer order (lint/layers.js)`;
  if (b < a) return undefined;
  if (b === a) return `src/${from}/ and src/${to}/ are in the same layer and never import each other`;
  return `src/${from}/ may not import from src/${to}/, a higher layer`;
}

function check(context, node, source) {
  if (!source || typeof source.value !== 'string') return;
  const srcDir = path.join(context.cwd, 'src');
  const from = folderOf(srcDir, context.filename);
  if (from === undefined) return;
  const spec = source.value;
  if (CANVAS_ONLY.test(spec)) {
    if (from !== CANVAS)
      context.report({ node, message: `Only src/canvas imports ${spec}; ask the canvas API instead.` });
    return;
  }
  if (!spec.startsWith('.')) return;
  const target = path.resolve(path.dirname(context.filename), spec.split('?')[0]);
  const to = folderOf(srcDir, target);
  if (to === undefined) return;
  const problem = importProblem(from, to);
  if (problem) context.report({ node, message: `${problem} (${spec}). The order: README.md, "Code map".` });
}

/** ESLint plugin: `layers/order`. Type-only imports, re-exports and dynamic import() count too. */
export const layersPlugin = {
  rules: {
    order: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        return {
          ImportDeclaration: (node) => check(context, node, node.source),
          ExportNamedDeclaration: (node) => check(context, node, node.source),
          ExportAllDeclaration: (node) => check(context, node, node.source),
          ImportExpression: (node) => check(context, node, node.source),
          TSImportType: (node) => check(context, node, node.argument?.literal ?? node.argument),
        };
      },
    },
  },
};
