import { compact, compactLatin, compactPinyin, wordStarts } from './normalize';
import type { SearchIndex } from './search-index';

/** How a node matched, best first: a better tier always ranks above a worse one. */
export const MATCH_TIERS = [
  'exact', // the zh label or an alias, whole
  'prefix', // … starts with the query
  'contains', // … contains it
  'initials-exact', // pinyin initials of a name, whole (gcy → 谷城院)
  'initials-prefix',
  'pinyin-prefix', // full pinyin (lehuacheng)
  'pinyin-contains',
  'en-word-prefix', // an English word starts with the query (cattle → … beef cattle …)
  'en-contains',
] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

export interface SearchHit {
  id: string;
  tier: MatchTier;
  /** Which text matched: the zh label, an alias (directly or by its pinyin), or the English label. */
  field: 'label' | 'alias' | 'en';
  /** That text as the data writes it, so the UI can show e.g. the alias that matched. */
  text: string;
}

interface PreparedName {
  text: string;
  key: string;
  full: readonly string[];
  initials: readonly string[];
  field: 'label' | 'alias';
}

interface PreparedEntry {
  id: string;
  names: PreparedName[];
  en: string;
  enKey: string;
  enStarts: ReadonlySet<number>;
}

const prepared = new WeakMap<SearchIndex, PreparedEntry[]>();

function prepare(index: SearchIndex): PreparedEntry[] {
  let list = prepared.get(index);
  if (!list) {
    list = index.entries.map((e) => ({
      id: e.id,
      names: e.names.map((n, i) => ({
        text: n.text,
        key: compact(n.text),
        full: n.full,
        initials: n.initials,
        field: i === 0 ? ('label' as const) : ('alias' as const),
      })),
      en: e.en,
      enKey: compactLatin(e.en),
      enStarts: new Set(wordStarts(e.en)),
    }));
    prepared.set(index, list);
  }
  return list;
}

interface Candidate extends SearchHit {
  rank: number;
  length: number;
  order: number;
}

/** Where `query` occurs in `text` at a word start, or anywhere: 0 word start, 1 elsewhere, -1 nowhere. */
function wordMatch(text: string, starts: ReadonlySet<number>, query: string): number {
  let found = -1;
  for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + 1)) {
    if (starts.has(at)) return 0;
    found = 1;
  }
  return found;
}

/**
 * Nodes matching a query, best first: by tier (MATCH_TIERS), then by the shorter matched text (a closer
 * match), then by the graph's node order. The query is trimmed, lower-cased, full-width folded to
 * half-width, and spaces, quotes and punctuation are dropped; an empty query finds nothing.
 */
export function searchNodes(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const q = compact(query);
  if (!q || limit <= 0) return [];
  const qPinyin = compactPinyin(query);
  const qLatin = compactLatin(query);
  const hits: Candidate[] = [];

  prepare(index).forEach((entry, order) => {
    let best: Candidate | undefined;
    const offer = (tier: number, field: SearchHit['field'], text: string, length: number) => {
      if (best && (best.rank < tier || (best.rank === tier && best.length <= length))) return;
      best = { id: entry.id, tier: MATCH_TIERS[tier]!, field, text, rank: tier, length, order };
    };
    for (const name of entry.names) {
      if (name.key === q) offer(0, name.field, name.text, name.key.length);
      else if (name.key.startsWith(q)) offer(1, name.field, name.text, name.key.length);
      else if (name.key.includes(q)) offer(2, name.field, name.text, name.key.length);
      if (best && best.rank <= 2) continue;
      if (!qPinyin) continue;
      for (const s of name.initials) {
        if (s === qPinyin) offer(3, name.field, name.text, name.key.length);
        else if (s.startsWith(qPinyin)) offer(4, name.field, name.text, name.key.length);
      }
      for (const s of name.full) {
        if (s.startsWith(qPinyin)) offer(5, name.field, name.text, name.key.length);
        else if (s.includes(qPinyin)) offer(6, name.field, name.text, name.key.length);
      }
    }
    if (qLatin && (!best || best.rank > 6)) {
      const where = wordMatch(entry.enKey, entry.enStarts, qLatin);
      if (where >= 0) offer(7 + where, 'en', entry.en, entry.enKey.length);
    }
    if (best) hits.push(best);
  });

  hits.sort((a, b) => a.rank - b.rank || a.length - b.length || a.order - b.order);
  return hits.slice(0, limit).map(({ id, tier, field, text }) => ({ id, tier, field, text }));
}
