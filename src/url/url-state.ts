/**
 * The view as a query string, and back. Pure: no DOM, no store.
 *
 * Parameters (all optional; a default view encodes to ''):
 *
 *   g=taigu-2021            graph id, omitted for the index's default graph
 *   s=goal-agri-hi-tech-zone  the selected node
 *   hk=target,concept       hidden node kinds, comma separated, in vocabulary order
 *   hr=supports             hidden relations
 *   lang=en                 omitted for zh
 *   theme=dark              omitted for light
 *   x=<op>.<op>.<op>        the view log (ViewOp[]), in order; always written last, so that when an over-long
 *                           link is cut short the other parameters survive and x keeps a prefix of whole ops
 *
 * Grammar of x (ids are [a-z0-9-], so none of ~ * : . can occur inside one):
 *
 *   x     = op *( "." op )
 *   op    = id           expand id
 *         / "~" id       collapse id
 *         / "b:" id      expand the whole branch under id
 *         / "r:" id      reveal id (open the path down to it)
 *         / "s:" id      show the supporters of id
 *         / "d:" digits  show the hierarchy to this depth (1 = roots only)
 *         / "*"          expand everything
 *
 * Depth carries a colon because `d3` would also be a valid node id. Every character used is left alone by
 * browsers in a query, so links stay readable: `?s=goal-a&lang=en&x=goal-a.~goal-a.*.d:3.b:goal-b.r:x.s:y`.
 *
 * Decoding never throws and never trusts its input: whatever is valid is kept, everything else is dropped and
 * reported as data in `notices` (the UI turns them into a quiet message).
 */
import type { GraphModel } from '../domain/graph-model';
import { NODE_KINDS, RELATIONS, type NodeKind, type Relation } from '../domain/vocabulary';
import { isLang } from '../i18n/lang';
import type { ViewState } from '../store/app-store';
import { applyOp, startExpanded, type ViewOp } from '../view/view-ops';

/** Longer query strings are cut to this many characters before anything else happens. */
export const MAX_SEARCH_LENGTH = 16 * 1024;
/** At most this many ops are read from a link; the rest are dropped. */
export const MAX_OPS = 1000;
/** Without a model the graph's depth is unknown; depth ops are kept within 1..this. */
export const MAX_DEPTH_WITHOUT_MODEL = 100;
/** How many offending ids or values a notice carries (the count is always exact). */
export const MAX_NOTICE_SAMPLES = 20;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 64;
const isId = (v: string) => v.length <= MAX_ID_LENGTH && ID.test(v);

export type UrlParam = 'g' | 's' | 'x' | 'hk' | 'hr' | 'lang' | 'theme';
const PARAMS: readonly UrlParam[] = ['g', 's', 'x', 'hk', 'hr', 'lang', 'theme'];
const isParam = (name: string): name is UrlParam => (PARAMS as readonly string[]).includes(name);

/** What was wrong with a link, as data. `values`/`ids` hold at most MAX_NOTICE_SAMPLES entries; `count` is exact. */
export type UrlNotice =
  /** Well-formed node ids (in x or s) that this graph does not have; their ops / the selection were skipped. */
  | { kind: 'unknown-ids'; count: number; ids: string[] }
  /** Values that are not valid for their parameter (unknown kind, lang fr, op token `q:1`, s=<script>…). */
  | { kind: 'bad-value'; param: UrlParam; count: number; values: string[] }
  /** Depth ops outside the graph's levels, moved to the nearest valid level. */
  | { kind: 'clamped'; param: 'x'; count: number }
  /** A parameter given more than once; the first one counts. */
  | { kind: 'duplicate-param'; params: UrlParam[] }
  /** The link exceeded MAX_SEARCH_LENGTH characters or MAX_OPS ops; only its first part was read. */
  | { kind: 'too-long'; what: 'link' | 'ops'; limit: number }
  /** The graph named by g is not listed or could not be loaded (reported by the URL sync, not by decodeView). */
  | { kind: 'graph-unavailable'; id: string };

export interface DecodedView {
  /** The g parameter when it is a well-formed id (whether such a graph exists is the caller's question). */
  graphId?: string;
  /** Only the parts the link names and that are valid; absent parts mean "default". */
  view: Partial<ViewState>;
  notices: UrlNotice[];
}

// ---------------------------------------------------------------------------------------------- normalising

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((v) => b.has(v));

/**
 * Drops every expand that is immediately followed by the collapse of the same id, repeatedly
 * (`a.b.~b.~a` → nothing), since such a pair changes nothing.
 *
 * With the model the rule is exact: a pair is dropped only when the expanded set after it equals the set
 * before it. That matters, because a pair is not always a no-op: collapsing a node that was already open
 * (the start view opens the plan's parts) or expanding a hidden node (which opens the path down to it) both
 * leave a trace. Without the model the rule is purely syntactic, which is right for logs the store builds
 * by taps on shown nodes but can lose such a trace; pass the model whenever there is one.
 */
export function normaliseOps(ops: readonly ViewOp[], model?: GraphModel): ViewOp[] {
  const kept: { op: ViewOp; before?: Set<string> }[] = [];
  let state = model ? startExpanded(model) : undefined;
  for (const op of ops) {
    const top = kept[kept.length - 1];
    if (op.op === 'collapse' && top?.op.op === 'expand' && top.op.id === op.id) {
      if (!model || !state || !top.before) {
        kept.pop();
        continue;
      }
      if (sameSet(applyOp(model, state, op), top.before)) {
        kept.pop();
        state = top.before;
        continue;
      }
    }
    const before = state;
    if (model && state) state = applyOp(model, state, op);
    kept.push(op.op === 'expand' && before ? { op, before } : { op });
  }
  return kept.map((k) => k.op);
}

/** The canonical form of a view: what decode(encode(view)) gives back. */
export function normaliseView(view: ViewState, model?: GraphModel): ViewState {
  const known = (id: string) => isId(id) && (model ? model.nodes.has(id) : true);
  const ops = view.ops.filter((op) => !('id' in op) || known(op.id));
  return {
    ops: normaliseOps(ops, model),
    selected: view.selected !== null && known(view.selected) ? view.selected : null,
    hiddenKinds: NODE_KINDS.filter((k) => view.hiddenKinds.includes(k)),
    hiddenRelations: RELATIONS.filter((r) => view.hiddenRelations.includes(r)),
    lang: view.lang,
    theme: view.theme,
  };
}

// ------------------------------------------------------------------------------------------------ encoding

function encodeOp(op: ViewOp): string | undefined {
  if (op.op === 'all') return '*';
  if (op.op === 'depth') return Number.isSafeInteger(op.level) && op.level >= 1 ? `d:${op.level}` : undefined;
  if (!isId(op.id)) return undefined; // ids come from validated graphs; anything else could not round-trip
  switch (op.op) {
    case 'expand':
      return op.id;
    case 'collapse':
      return `~${op.id}`;
    case 'branch':
      return `b:${op.id}`;
    case 'reveal':
      return `r:${op.id}`;
    case 'supporters':
      return `s:${op.id}`;
  }
}

/**
 * The query string for a view: '?…', or '' when everything is default. Pass the model for exact
 * normalisation of the log (see normaliseOps).
 */
export function encodeView(
  view: ViewState,
  graphId: string,
  defaultGraphId: string,
  model?: GraphModel,
): string {
  const parts: string[] = [];
  if (graphId !== defaultGraphId && isId(graphId)) parts.push(`g=${graphId}`);
  if (view.selected !== null && isId(view.selected)) parts.push(`s=${view.selected}`);
  const kinds = NODE_KINDS.filter((k) => view.hiddenKinds.includes(k));
  if (kinds.length) parts.push(`hk=${kinds.join(',')}`);
  const relations = RELATIONS.filter((r) => view.hiddenRelations.includes(r));
  if (relations.length) parts.push(`hr=${relations.join(',')}`);
  if (view.lang !== 'zh') parts.push(`lang=${view.lang}`);
  if (view.theme !== 'light') parts.push(`theme=${view.theme}`);
  const ops = normaliseOps(view.ops, model)
    .map(encodeOp)
    .filter((t) => t !== undefined);
  if (ops.length) parts.push(`x=${ops.join('.')}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

// ------------------------------------------------------------------------------------------------ decoding

/** Percent-decoding that never throws: valid %XX runs are decoded, broken ones are left as they are. */
function decodeComponent(raw: string): string {
  const text = raw.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** Collects offending values for one notice: an exact count and the first few samples. */
class Tally {
  count = 0;
  readonly samples: string[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly distinct: boolean) {}
  add(value: string): void {
    if (this.distinct) {
      if (this.seen.has(value)) return;
      this.seen.add(value);
    }
    this.count++;
    if (this.samples.length < MAX_NOTICE_SAMPLES) this.samples.push(value.slice(0, MAX_ID_LENGTH));
  }
}

interface ParsedQuery {
  values: Map<UrlParam, string>;
  duplicates: UrlParam[];
  truncated: boolean;
}

function parseQuery(search: string): ParsedQuery {
  let text = search.startsWith('?') ? search.slice(1) : search;
  const truncated = text.length > MAX_SEARCH_LENGTH;
  let cutInside = false;
  if (truncated) {
    cutInside = text[MAX_SEARCH_LENGTH] !== '&';
    text = text.slice(0, MAX_SEARCH_LENGTH);
  }
  const pieces = text.split('&');
  const values = new Map<UrlParam, string>();
  const duplicates: UrlParam[] = [];
  pieces.forEach((piece, i) => {
    if (!piece) return;
    const eq = piece.indexOf('=');
    const name = decodeComponent(eq < 0 ? piece : piece.slice(0, eq));
    if (!isParam(name)) return; // messengers and analytics add parameters of their own; leave them be
    let value = eq < 0 ? '' : piece.slice(eq + 1);
    if (cutInside && i === pieces.length - 1) {
      // The cut went through this parameter: x keeps its whole ops, anything else is dropped.
      if (name !== 'x') return;
      value = value.slice(0, Math.max(0, value.lastIndexOf('.')));
    }
    if (values.has(name)) {
      if (!duplicates.includes(name)) duplicates.push(name);
      return;
    }
    values.set(name, decodeComponent(value));
  });
  return { values, duplicates, truncated };
}

function decodeOp(token: string): ViewOp | undefined {
  if (token === '*') return { op: 'all' };
  if (token.startsWith('~')) return isId(token.slice(1)) ? { op: 'collapse', id: token.slice(1) } : undefined;
  const colon = token.indexOf(':');
  if (colon < 0) return isId(token) ? { op: 'expand', id: token } : undefined;
  const tag = token.slice(0, colon);
  const arg = token.slice(colon + 1);
  if (tag === 'd') return /^\d{1,20}$/.test(arg) ? { op: 'depth', level: Number(arg) } : undefined;
  if (!isId(arg)) return undefined;
  if (tag === 'b') return { op: 'branch', id: arg };
  if (tag === 'r') return { op: 'reveal', id: arg };
  if (tag === 's') return { op: 'supporters', id: arg };
  return undefined;
}

function decodeList<T extends string>(raw: string, vocabulary: readonly T[], bad: Tally): T[] {
  const wanted = new Set<string>();
  for (const item of raw.split(',')) {
    const v = item.trim();
    if (!v) continue;
    if ((vocabulary as readonly string[]).includes(v)) wanted.add(v);
    else bad.add(v);
  }
  return vocabulary.filter((v) => wanted.has(v));
}

/**
 * Reads a query string back into a partial view. Never throws. With the model, ids that the graph does not
 * have are dropped and depth is kept within its levels; without it only the syntax is checked (ids kept), so
 * the graph id can be read before the graph is loaded.
 */
export function decodeView(search: string, model?: GraphModel): DecodedView {
  const notices: UrlNotice[] = [];
  const view: Partial<ViewState> = {};
  let graphId: string | undefined;
  const { values, duplicates, truncated } = parseQuery(typeof search === 'string' ? search : '');

  const unknown = new Tally(true);
  const bad = new Map<UrlParam, Tally>();
  const badFor = (param: UrlParam) => {
    let tally = bad.get(param);
    if (!tally) bad.set(param, (tally = new Tally(false)));
    return tally;
  };
  const known = (id: string) => (model ? model.nodes.has(id) : true);

  const g = values.get('g');
  if (g !== undefined) {
    if (isId(g)) graphId = g;
    else badFor('g').add(g);
  }

  const s = values.get('s');
  if (s !== undefined) {
    if (s === '') view.selected = null;
    else if (!isId(s)) badFor('s').add(s);
    else if (!known(s)) unknown.add(s);
    else view.selected = s;
  }

  const hk = values.get('hk');
  if (hk !== undefined) view.hiddenKinds = decodeList<NodeKind>(hk, NODE_KINDS, badFor('hk'));
  const hr = values.get('hr');
  if (hr !== undefined) view.hiddenRelations = decodeList<Relation>(hr, RELATIONS, badFor('hr'));

  const lang = values.get('lang');
  if (lang !== undefined) {
    if (isLang(lang)) view.lang = lang;
    else badFor('lang').add(lang);
  }
  const theme = values.get('theme');
  if (theme !== undefined) {
    if (theme === 'light' || theme === 'dark') view.theme = theme;
    else badFor('theme').add(theme);
  }

  const x = values.get('x');
  if (x !== undefined) {
    const ops: ViewOp[] = [];
    const maxLevel = model ? Math.max(1, model.maxLevel) : MAX_DEPTH_WITHOUT_MODEL;
    let clamped = 0;
    let overflow = false;
    for (const token of x.split('.')) {
      if (!token) continue; // a stray or trailing dot
      const op = decodeOp(token);
      if (!op) {
        badFor('x').add(token);
        continue;
      }
      if ('id' in op && !known(op.id)) {
        unknown.add(op.id);
        continue;
      }
      if (ops.length >= MAX_OPS) {
        overflow = true;
        break;
      }
      if (op.op === 'depth') {
        const level = Math.min(maxLevel, Math.max(1, op.level));
        if (level !== op.level) clamped++;
        ops.push({ op: 'depth', level });
      } else ops.push(op);
    }
    view.ops = normaliseOps(ops, model);
    if (clamped) notices.push({ kind: 'clamped', param: 'x', count: clamped });
    if (overflow) notices.push({ kind: 'too-long', what: 'ops', limit: MAX_OPS });
  }

  if (unknown.count) notices.unshift({ kind: 'unknown-ids', count: unknown.count, ids: unknown.samples });
  for (const [param, tally] of bad)
    if (tally.count) notices.push({ kind: 'bad-value', param, count: tally.count, values: tally.samples });
  if (duplicates.length) notices.push({ kind: 'duplicate-param', params: duplicates });
  if (truncated) notices.push({ kind: 'too-long', what: 'link', limit: MAX_SEARCH_LENGTH });
  return graphId === undefined ? { view, notices } : { graphId, view, notices };
}

/** True when a query string names any part of a view (as opposed to no link, or only foreign parameters). */
export function namesView(decoded: DecodedView): boolean {
  return decoded.graphId !== undefined || Object.keys(decoded.view).length > 0 || decoded.notices.length > 0;
}
