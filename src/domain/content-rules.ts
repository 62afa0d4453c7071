import { buildModel, pathToRoot, type GraphModel } from './graph-model';
import type { GraphEdge, GraphFile, GraphNode } from './schema';
import { contextPairs, readingRules } from './content-readings';
import { splitParagraphs } from './source-text';

/**
 * Content rules: what a faithful graph of a document says, beyond what makes the file valid (validate-graph.ts).
 * `npm run graph:check` runs them on every shipped graph; tests/taigu-content-rules.test.ts states them with
 * the Taigu data. Each rule is pure and returns one problem per offending node or edge.
 */
export type ContentRule =
  | 'outside-the-plan'
  | 'supports-own-parent'
  | 'group-incomplete'
  | 'supports-a-group'
  | 'parallel-items'
  | 'evidence-of-another-node'
  | 'sums-chained'
  | 'reading-unmarked'
  | 'reading-unquoted'
  | 'context-unpaired';

export interface ContentProblem {
  rule: ContentRule;
  /** JSON path in graph.json: `nodes[12]`, `edges[40]`, `nodes[3].summary`. */
  path: string;
  /** The node id, or `source → target` for an edge. */
  where: string;
  detail: string;
}

/** Units that count members (四个保障, 五大集群), as opposed to amounts (亿元, 万吨). */
const COUNTING_UNITS = new Set(['', '大', '个', '项', '家']);
const MONEY_UNITS = new Set(['亿元', '万元', '元']);

const edgeName = (e: GraphEdge) => `${e.source} → ${e.target}`;

/** The nodes that belong to the plan: the first root and everything under it. */
export function planNodes(model: GraphModel): Set<string> {
  const plan = model.roots[0];
  const out = new Set<string>();
  for (const id of model.order) {
    const line = [...pathToRoot(model, id), id];
    if (line[0] === plan) out.add(id);
  }
  return out;
}

/**
 * Where the plan's own words begin: the first body paragraph that names the plan (its Chinese label) or that a
 * part of the plan quotes, whichever comes first. Front matter (title, author) does not count.
 */
export function planStartParagraph(
  graph: GraphFile,
  model: GraphModel,
  paragraphs: readonly string[],
): number {
  const plan = model.roots[0];
  if (plan === undefined) return Infinity;
  const front = new Set(graph.meta.source.frontMatter ?? []);
  const label = model.nodes.get(plan)!.label.zh;
  const named = paragraphs.findIndex((p, i) => !front.has(i + 1) && p.includes(label));
  const parts = (model.children.get(plan) ?? []).map((id) => model.nodes.get(id)!.evidence.paragraph);
  return Math.min(named < 0 ? Infinity : named + 1, ...parts);
}

/**
 * The outside context: nodes under a root other than the plan quote only what comes before the plan's own words
 * (front matter, and the paragraphs before planStartParagraph). Whatever the document says of its own aims,
 * from there on, belongs to the plan.
 */
function outsideThePlan(
  graph: GraphFile,
  model: GraphModel,
  paragraphs: readonly string[],
): ContentProblem[] {
  const plan = model.roots[0];
  const first = planStartParagraph(graph, model, paragraphs);
  if (plan === undefined || !Number.isFinite(first)) return [];
  const front = new Set(graph.meta.source.frontMatter ?? []);
  const inPlan = planNodes(model);
  const out: ContentProblem[] = [];
  graph.nodes.forEach((n, i) => {
    const p = n.evidence.paragraph;
    if (inPlan.has(n.id) || front.has(p) || p < first) return;
    out.push({
      rule: 'outside-the-plan',
      path: `nodes[${i}]`,
      where: n.id,
      detail: `quotes paragraph ${p}, where the plan speaks (from paragraph ${first}), but is not under the plan "${plan}"`,
    });
  });
  return out;
}

/** A count of members: a figure in a counting unit. */
const memberCounts = (n: GraphNode) =>
  (n.figures ?? []).filter((f) => COUNTING_UNITS.has(f.unit)).map((f) => f.value);

/** A group that names its count and lists its members (四个保障 with its four items). */
function isListedGroup(model: GraphModel, id: string): boolean {
  const kids = model.children.get(id)?.length ?? 0;
  return kids > 0 && memberCounts(model.nodes.get(id)!).includes(kids);
}

/** A group that counts its members lists all of them or none (a count the text gives without names). */
function groupsComplete(graph: GraphFile, model: GraphModel): ContentProblem[] {
  const out: ContentProblem[] = [];
  graph.nodes.forEach((n, i) => {
    const counts = memberCounts(n);
    const kids = model.children.get(n.id)?.length ?? 0;
    if (!counts.length || kids === 0 || counts.includes(kids)) return;
    out.push({
      rule: 'group-incomplete',
      path: `nodes[${i}]`,
      where: n.id,
      detail: `counts ${counts.join(' or ')} members but lists ${kids} as its parts`,
    });
  });
  return out;
}

/** Words too common to tie a node to one member of a list. */
const COMMON_WORDS = new Set([
  '发展',
  '建设',
  '推进',
  '全面',
  '坚持',
  '加快',
  '打造',
  '实施',
  '工作',
  '产业',
]);

/** Chinese words of two or more characters, as every run of two characters of a label. */
function bigrams(text: string): Set<string> {
  const runs = text.match(/[\u3400-\u9fff]+/g) ?? [];
  const out = new Set<string>();
  for (const r of runs) for (let i = 0; i + 2 <= r.length; i++) out.add(r.slice(i, i + 2));
  return out;
}

/**
 * The member of a listed group that a supporter of the group could have supported instead: one whose label shares
 * a word with the supporter's label or aliases (创新为上 → 科技创新; 干事创业铁军 → 干事创业).
 */
function memberItCouldTarget(
  model: GraphModel,
  source: string,
  group: string,
): { id: string; word: string } | undefined {
  const s = model.nodes.get(source)!;
  const words = bigrams([s.label.zh, ...(s.aliases ?? [])].join(' '));
  for (const id of model.children.get(group) ?? []) {
    for (const w of bigrams(model.nodes.get(id)!.label.zh))
      if (words.has(w) && !COMMON_WORDS.has(w)) return { id, word: w };
  }
  return undefined;
}

function edgeRules(graph: GraphFile, model: GraphModel): ContentProblem[] {
  const out: ContentProblem[] = [];
  const quoteOwners = new Map<string, string[]>();
  for (const n of graph.nodes) {
    const list = quoteOwners.get(n.evidence.quote) ?? [];
    list.push(n.id);
    quoteOwners.set(n.evidence.quote, list);
  }
  graph.edges.forEach((e, i) => {
    const path = `edges[${i}]`;
    const where = edgeName(e);
    const add = (rule: ContentRule, detail: string) => out.push({ rule, path, where, detail });
    const owners = e.evidence ? (quoteOwners.get(e.evidence.quote) ?? []) : [];
    if (owners.length && !owners.includes(e.source) && !owners.includes(e.target))
      add(
        'evidence-of-another-node',
        `its evidence is the quote of ${owners.join(', ')}; the edge most likely belongs there`,
      );
    if (e.relation !== 'supports') return;
    if (model.parent.get(e.source) === e.target)
      add('supports-own-parent', 'part-of already says the source is part of its parent; drop the edge');
    const member = isListedGroup(model, e.target)
      ? memberItCouldTarget(model, e.source, e.target)
      : undefined;
    if (member && !e.evidence)
      add(
        'supports-a-group',
        `"${e.target}" lists its members and "${member.id}" shares “${member.word}” with the source: support the member it helps`,
      );
    const target = model.nodes.get(e.target)!;
    const targetParent = model.parent.get(e.target);
    const peer = [e.source, ...pathToRoot(model, e.source).reverse()].find(
      (a) => targetParent !== undefined && model.parent.get(a) === targetParent && a !== e.target,
    );
    if (peer !== undefined && model.nodes.get(peer)!.kind === target.kind && !e.evidence)
      add(
        'parallel-items',
        `${peer === e.source ? 'source and target' : `"${peer}" (above the source) and the target`} are parallel ${target.kind}s of "${targetParent}"; support between them needs the sentence that says so (evidence)`,
      );
    const money = (n: GraphNode) => (n.figures ?? []).some((f) => MONEY_UNITS.has(f.unit));
    if (money(model.nodes.get(e.source)!) && money(target) && !e.evidence)
      add(
        'sums-chained',
        'both ends carry sums of money; adding one to the other is a claim only the text can make (evidence)',
      );
  });
  return out;
}

/** Pure: every content rule, over a valid graph and its source text. */
export function checkContent(graph: GraphFile, sourceText: string): ContentProblem[] {
  const model = buildModel(graph);
  const paragraphs = splitParagraphs(sourceText);
  return [
    ...outsideThePlan(graph, model, paragraphs),
    ...groupsComplete(graph, model),
    ...edgeRules(graph, model),
    ...readingRules(graph, paragraphs),
    ...contextPairs(graph),
  ];
}

export function formatContentProblem(file: string, p: ContentProblem): string {
  return `${file} · ${p.path} (${p.where}) [${p.rule}]: ${p.detail}.`;
}
