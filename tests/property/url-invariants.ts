/** What every decodeView result must look like, whatever the link was. Plain checks, like ./invariants. */
import { LAYOUT_NAMES } from '../../src/domain/vocabulary';
import { isDeepStrictEqual } from 'node:util';
import type { GraphModel } from '../../src/domain/graph-model';
import { NODE_KINDS, RELATIONS } from '../../src/domain/vocabulary';
import {
  MAX_DEPTH_WITHOUT_MODEL,
  MAX_NOTICE_SAMPLES,
  MAX_OPS,
  MAX_SEARCH_LENGTH,
  normaliseOps,
  type DecodedView,
  type UrlParam,
} from '../../src/link-format/url-state';
import type { ViewOp } from '../../src/view/view-ops';
import { ensure } from './invariants';

export const PARAMS: readonly UrlParam[] = ['g', 's', 'x', 'hk', 'hr', 'lang', 'theme', 'layout', 'sup'];
const VIEW_KEYS = [
  'ops',
  'selected',
  'hiddenKinds',
  'hiddenRelations',
  'lang',
  'theme',
  'layout',
  'allSupports',
];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= 64 && ID.test(v);
const show = (v: unknown) => JSON.stringify(v)?.slice(0, 400);

/**
 * Everything decodeView returns can be handed to the store as it is, and its notices are data the UI can
 * word: known kinds, exact counts, a few short samples.
 */
export function expectValidDecoded(d: DecodedView, m: GraphModel | undefined): void {
  const known = (id: unknown) => isId(id) && (m ? m.nodes.has(id) : true);
  ensure(typeof d === 'object' && d !== null, 'no result');
  for (const key of Object.keys(d))
    ensure(['graphId', 'view', 'notices'].includes(key), `unexpected key ${key}`);
  if ('graphId' in d) ensure(isId(d.graphId), () => `graph id ${show(d.graphId)}`);
  const v = d.view;
  for (const key of Object.keys(v)) ensure(VIEW_KEYS.includes(key), `unexpected view key ${key}`);
  if (v.ops !== undefined) {
    ensure(Array.isArray(v.ops) && v.ops.length <= MAX_OPS, 'ops not a list within MAX_OPS');
    const maxLevel = m ? Math.max(1, m.maxLevel) : MAX_DEPTH_WITHOUT_MODEL;
    for (const op of v.ops as ViewOp[]) {
      if (op.op === 'all') continue;
      if (op.op === 'depth') {
        ensure(
          Number.isInteger(op.level) && op.level >= 1 && op.level <= maxLevel,
          () => `depth ${op.level}`,
        );
        continue;
      }
      ensure(
        ['expand', 'collapse', 'branch', 'reveal', 'supporters'].includes(op.op) && known(op.id),
        () => `bad op ${show(op)}`,
      );
    }
    ensure(isDeepStrictEqual(normaliseOps(v.ops, m), v.ops), 'the decoded log is not normalised');
  }
  if (v.selected !== undefined) ensure(v.selected === null || known(v.selected), `selected ${v.selected}`);
  if (v.hiddenKinds !== undefined)
    ensure(
      isDeepStrictEqual(
        v.hiddenKinds,
        NODE_KINDS.filter((k) => v.hiddenKinds!.includes(k)),
      ),
      'hidden kinds not in vocabulary order',
    );
  if (v.hiddenRelations !== undefined)
    ensure(
      isDeepStrictEqual(
        v.hiddenRelations,
        RELATIONS.filter((r) => v.hiddenRelations!.includes(r)),
      ),
      'hidden relations not in vocabulary order',
    );
  if (v.lang !== undefined) ensure(v.lang === 'zh' || v.lang === 'en', `lang ${v.lang}`);
  if (v.theme !== undefined) ensure(v.theme === 'light' || v.theme === 'dark', `theme ${v.theme}`);
  if (v.layout !== undefined) ensure(LAYOUT_NAMES.includes(v.layout), `layout ${v.layout}`);
  if (v.allSupports !== undefined) ensure(typeof v.allSupports === 'boolean', `allSupports ${v.allSupports}`);

  ensure(Array.isArray(d.notices), 'notices not a list');
  const seen = new Set<string>();
  for (const n of d.notices) {
    const key = n.kind === 'bad-value' ? `bad-value:${n.param}` : n.kind;
    ensure(!seen.has(key), `notice ${key} twice`);
    seen.add(key);
    const samples = (list: string[], count: number) => {
      ensure(Number.isInteger(count) && count >= 1, `count ${count}`);
      ensure(
        list.length >= 1 && list.length <= Math.min(count, MAX_NOTICE_SAMPLES),
        `samples ${list.length}`,
      );
      for (const s of list) ensure(typeof s === 'string' && s.length <= 64, 'sample too long');
    };
    switch (n.kind) {
      case 'unknown-ids':
        ensure(m !== undefined, 'unknown ids reported without a model');
        samples(n.ids, n.count);
        for (const id of n.ids) ensure(isId(id) && !m!.nodes.has(id), `"${id}" reported unknown`);
        break;
      case 'bad-value':
        ensure(PARAMS.includes(n.param), `param ${n.param}`);
        samples(n.values, n.count);
        break;
      case 'clamped':
        ensure(n.param === 'x' && Number.isInteger(n.count) && n.count >= 1, 'clamped');
        break;
      case 'duplicate-param':
        ensure(
          n.params.length >= 1 && new Set(n.params).size === n.params.length,
          'duplicate params listed twice',
        );
        for (const p of n.params) ensure(PARAMS.includes(p), `duplicate ${p}`);
        break;
      case 'too-long':
        ensure(n.limit === (n.what === 'link' ? MAX_SEARCH_LENGTH : MAX_OPS), 'too-long limit');
        break;
      default:
        ensure(false, `decodeView reported ${show(n)}`);
    }
  }
}
