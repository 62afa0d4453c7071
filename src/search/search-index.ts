import type { GraphModel } from '../domain/graph-model';
import { compact } from './normalize';

/**
 * What search compares a query with, one entry per node in the graph's node order. Built with pinyin when
 * the data is built (scripts/lib/search-index.ts → `graph-data/<graph-id>/search-index.json`), or without
 * pinyin in the browser by `basicSearchIndex` for a graph that has no built index. Shared by build and
 * browser, so this file must never import a pinyin library.
 */
export const SEARCH_INDEX_VERSION = 1;

/** A Chinese name of a node (its zh label or one alias) with its pinyin. */
export interface SearchName {
  /** The name as the data writes it (shown to the reader when an alias matched). */
  text: string;
  /** Full pinyin without tones or spaces, one string per combination of readings (`lehuacheng`, `yuehuacheng` …). */
  full: string[];
  /** Initials, one string per combination of readings (`lhc`, `yhc`). */
  initials: string[];
}

export interface SearchEntry {
  id: string;
  /** names[0] is the zh label; the rest are aliases (duplicates of the label left out). */
  names: SearchName[];
  en: string;
}

export interface SearchIndex {
  version: typeof SEARCH_INDEX_VERSION;
  entries: SearchEntry[];
}

/** The zh label, then every alias whose text differs from the names before it (compared compacted). */
export function nodeNames(label: string, aliases: readonly string[] = []): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of [label, ...aliases]) {
    const key = compact(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** The fallback built in the browser: Chinese names and English, no pinyin. */
export function basicSearchIndex(model: GraphModel): SearchIndex {
  return {
    version: SEARCH_INDEX_VERSION,
    entries: model.order.map((id) => basicEntry(model, id)),
  };
}

export function basicEntry(model: GraphModel, id: string): SearchEntry {
  const node = model.nodes.get(id)!;
  return {
    id,
    names: nodeNames(node.label.zh, node.aliases).map((text) => ({ text, full: [], initials: [] })),
    en: node.label.en,
  };
}

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');

function isName(v: unknown): v is SearchName {
  const n = v as Partial<SearchName> | null;
  return (
    typeof n === 'object' &&
    n !== null &&
    typeof n.text === 'string' &&
    isStringArray(n.full) &&
    isStringArray(n.initials)
  );
}

function isEntry(v: unknown): v is SearchEntry {
  const e = v as Partial<SearchEntry> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.id === 'string' &&
    typeof e.en === 'string' &&
    Array.isArray(e.names) &&
    e.names.length > 0 &&
    e.names.every(isName)
  );
}

/** An entry built from this very node: same labels, same aliases (a stale index is not trusted). */
function fitsNode(entry: SearchEntry, model: GraphModel): boolean {
  const node = model.nodes.get(entry.id);
  if (!node || entry.en !== node.label.en) return false;
  const names = nodeNames(node.label.zh, node.aliases);
  return names.length === entry.names.length && names.every((n, i) => entry.names[i]!.text === n);
}

/**
 * Checks a fetched index's shape and fits it to the model: entries come out in the model's node order,
 * entries for unknown ids are dropped, and a node the index does not cover (or covers with a malformed or
 * stale entry) gets a basic entry. Returns undefined when the file is not a search index at all.
 */
export function fitSearchIndex(value: unknown, model: GraphModel): SearchIndex | undefined {
  const v = value as Partial<SearchIndex> | null;
  if (typeof v !== 'object' || v === null || v.version !== SEARCH_INDEX_VERSION || !Array.isArray(v.entries))
    return undefined;
  const byId = new Map<string, SearchEntry>();
  for (const e of v.entries as unknown[]) if (isEntry(e) && fitsNode(e, model)) byId.set(e.id, e);
  return {
    version: SEARCH_INDEX_VERSION,
    entries: model.order.map((id) => byId.get(id) ?? basicEntry(model, id)),
  };
}
