import type { Problem } from '../domain/problems';
import { idGenerator } from './node-ids';
import type { Table } from './table';

/**
 * A Markdown outline (as Markmap draws it) to the spreadsheet's two tables, so it is checked and placed the
 * same way — rows are the outline's lines:
 * - headings and list items are nodes; nesting (heading level, then list indentation) is part-of;
 * - `中文 / English` gives both labels; `{#id kind}` at the end sets the id and the kind (code or 中文);
 * - `> ` lines under an item are its quote (without one, the item's own words are the quote);
 * - `→ label` (or `-> label`) lines add a supports edge to the node with that label or id;
 * - other text under an item is its summary.
 * Without a kind, a top-level item is the vision, the next level a pillar, deeper ones concepts.
 */
export interface OutlineResult {
  tables: Table[];
  problems: Problem[];
}

interface Item {
  line: number;
  depthKey: number;
  level: number;
  id: string;
  explicitId: boolean;
  parent: string;
  kind: string;
  zh: string;
  en: string;
  quote: string[];
  summary: string[];
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST = /^([ \t]*)(?:[-*+]|\d+[.)])\s+(.*)$/;
const QUOTE = /^\s*>\s?(.*)$/;
const ARROW = /^\s*(?:[-*+]\s+)?(?:→|->)\s*(.+)$/;
const ATTRS = /\s*\{([^{}]*)\}\s*$/;
const DEFAULT_KINDS = ['vision', 'pillar'];

const indentOf = (s: string) => s.replace(/\t/g, '    ').length;

export function parseOutline(text: string, name: string): OutlineResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const problems: Problem[] = [];
  const items: Item[] = [];
  const edges: { line: number; source: Item; target: string }[] = [];
  const stack: Item[] = [];
  let start = 0;
  if (lines[0]?.trim() === '---') start = lines.findIndex((l, i) => i > 0 && l.trim() === '---') + 1;

  for (let i = start; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (!raw.trim()) continue;
    const current = items[items.length - 1];
    const arrow = ARROW.exec(raw);
    const quote = QUOTE.exec(raw);
    const heading = HEADING.exec(raw);
    const list = heading ? null : LIST.exec(raw);
    if (arrow && current) {
      edges.push({ line, source: current, target: arrow[1]!.trim() });
    } else if (quote && current) {
      current.quote.push(quote[1]!.trim());
    } else if (heading || list) {
      const depthKey = heading ? heading[1]!.length : 10 + indentOf(list![1]!);
      while (stack.length && stack[stack.length - 1]!.depthKey >= depthKey) stack.pop();
      const parent = stack[stack.length - 1];
      const item = itemOf((heading ? heading[2] : list![2])!, line, depthKey, parent);
      items.push(item);
      stack.push(item);
    } else if (current) {
      current.summary.push(raw.trim());
    } else {
      problems.push({
        file: name,
        path: '',
        code: 'outline-line',
        params: {},
        cell: { sheet: name, row: line },
      });
    }
  }

  const nextId = idGenerator(new Set(items.filter((it) => it.explicitId).map((it) => it.id)));
  for (const it of items) if (!it.explicitId) it.id = nextId(it.en, it.zh);
  for (const it of items) it.parent = it.parent ? items.find((p) => String(p.line) === it.parent)!.id : '';

  const nodeRows = items.map((it) => {
    const quote = it.quote.join('') || it.zh;
    return [
      it.id,
      it.parent,
      it.kind,
      it.zh,
      it.en || it.zh,
      it.summary.join('') || quote,
      it.en || it.zh,
      quote,
    ];
  });
  const table = (rows: string[][], numbers: number[]): Table => ({
    name,
    file: name,
    rows,
    rowNumbers: [0, ...numbers],
    noLetters: true,
  });
  return {
    tables: [
      table(
        [['id', 'parent', 'kind', 'label_zh', 'label_en', 'summary_zh', 'summary_en', 'quote'], ...nodeRows],
        items.map((it) => it.line),
      ),
      table(
        [['source', 'target', 'relation'], ...edges.map((e) => [e.source.id, e.target, 'supports'])],
        edges.map((e) => e.line),
      ),
    ],
    problems,
  };
}

function itemOf(text: string, line: number, depthKey: number, parent: Item | undefined): Item {
  const attrs = ATTRS.exec(text);
  const words = (attrs ? text.slice(0, attrs.index) : text).trim();
  const tokens = attrs ? attrs[1]!.trim().split(/\s+/).filter(Boolean) : [];
  const idToken = tokens.find((t) => t.startsWith('#'));
  const kindToken = tokens.find((t) => !t.startsWith('#'));
  const slash = words.indexOf(' / ');
  const level = parent ? parent.level + 1 : 1;
  return {
    line,
    depthKey,
    level,
    id: idToken ? idToken.slice(1) : '',
    explicitId: !!idToken,
    // Resolved to the parent's id once every id is known.
    parent: parent ? String(parent.line) : '',
    kind: kindToken ?? DEFAULT_KINDS[level - 1] ?? 'concept',
    zh: (slash < 0 ? words : words.slice(0, slash)).trim(),
    en: slash < 0 ? '' : words.slice(slash + 3).trim(),
    quote: [],
    summary: [],
  };
}
