import type { GraphModel } from '../domain/graph-model';
import { NODE_KINDS, RELATIONS, type NodeKind, type Relation } from '../domain/vocabulary';
import { isLang } from '../i18n/lang';
import type { ViewState } from '../view/view-state';
import { LAYOUT_NAMES, type LayoutName } from '../domain/vocabulary';
import type { ViewOp } from '../view/view-ops';

import { normaliseOps } from './url-normalise';
import {
  isId,
  isParam,
  MAX_ID_LENGTH,
  MAX_DEPTH_WITHOUT_MODEL,
  MAX_NOTICE_SAMPLES,
  MAX_OPS,
  MAX_SEARCH_LENGTH,
  type DecodedView,
  type UrlNotice,
  type UrlParam,
} from './url-grammar';

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
  const layout = values.get('layout');
  if (layout !== undefined) {
    if ((LAYOUT_NAMES as readonly string[]).includes(layout)) view.layout = layout as LayoutName;
    else badFor('layout').add(layout);
  }

  const sup = values.get('sup');
  if (sup !== undefined) {
    if (sup === 'all' || sup === 'focus') view.allSupports = sup === 'all';
    else badFor('sup').add(sup);
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
