import { saveFile } from '../panels/save-file';
import type { GraphFile } from '../domain/schema';
import type { Lang } from '../i18n/lang';
import { canonicalGraph } from '../sheets/canonical-json';

/** graph.json as the shipped graphs write it: part-of edges with their nodes, two-space indent. */
export function graphJson(graph: GraphFile): string {
  return `${JSON.stringify({ $schema: '../graph.schema.json', ...canonicalGraph(graph) }, null, 2)}\n`;
}

export const downloadGraph = (graph: GraphFile) =>
  saveFile(new Blob([graphJson(graph)], { type: 'application/json' }), 'graph.json');

export const downloadSource = (graph: GraphFile, sourceText: string) =>
  saveFile(
    new Blob([sourceText.endsWith('\n') ? sourceText : `${sourceText}\n`], { type: 'text/plain' }),
    graph.meta.source.file,
  );

export async function downloadSheet(graph: GraphFile, lang: Lang): Promise<void> {
  const { graphXlsx } = await import('../sheets/export-sheets');
  saveFile(await graphXlsx(graph, lang), 'graph.xlsx');
}
