import { zipSync } from 'fflate';
import { buildModel, descendants } from '../domain/graph-model';
import type { GraphFile } from '../domain/schema';
import type { Lang } from '../i18n/lang';
import { writeCsv } from './csv';
import { graphToTables } from './graph-to-tables';
import { utf8WithBom } from './text-files';
import { writeXlsx } from './xlsx-write';

/**
 * The downloads of the spreadsheet format: the graph on screen as a workbook or as a .zip of CSVs (with its
 * source text, so the zip opens again as it is), and a template — the graph's first branches, enough rows to
 * show every column in use. Runs on a click, in a chunk of its own.
 */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function graphXlsx(graph: GraphFile, lang: Lang): Promise<Blob> {
  return writeXlsx(graphToTables(graph, lang));
}

export function graphCsvZip(graph: GraphFile, lang: Lang, sourceText?: string): Blob {
  const files: Record<string, Uint8Array> = {};
  for (const t of graphToTables(graph, lang)) files[`${t.name}.csv`] = writeCsv(t);
  if (sourceText) files[graph.meta.source.file] = utf8WithBom(sourceText);
  const zip = zipSync(files, { level: 6 });
  return new Blob([zip.slice().buffer], { type: 'application/zip' });
}

/** The first root, its parts and the first members of each: a template small enough to read at a glance. */
export function templateGraph(graph: GraphFile, perPart = 3): GraphFile {
  const model = buildModel(graph);
  const root = graph.meta.roots[0]!;
  const keep = new Set([root]);
  for (const part of model.children.get(root) ?? []) {
    keep.add(part);
    for (const member of (model.children.get(part) ?? []).slice(0, perPart)) keep.add(member);
  }
  // Figures and aliases show their format best: add a node that has them if none was kept.
  for (const id of descendants(model, root)) {
    const n = model.nodes.get(id)!;
    if (n.figures?.length && ![...keep].some((k) => model.nodes.get(k)!.figures?.length)) {
      for (let p: string | undefined = id; p && !keep.has(p); p = model.parent.get(p)) keep.add(p);
    }
  }
  // The JSON Schema reference means nothing to someone filling in a sheet.
  const { $schema: _schema, ...file } = graph;
  return {
    ...file,
    meta: { ...graph.meta, roots: [root] },
    nodes: graph.nodes.filter((n) => keep.has(n.id)),
    edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}

export const templateXlsx = (graph: GraphFile, lang: Lang) => graphXlsx(templateGraph(graph), lang);
