import type { ViewState } from '../view/view-state';

/** The link grammar shared by encoding and decoding (see url-state.ts for the format). */
/** Longer query strings are cut to this many characters before anything else happens. */
export const MAX_SEARCH_LENGTH = 16 * 1024;
/** At most this many ops are read from a link; the rest are dropped. */
export const MAX_OPS = 1000;
/** Without a model the graph's depth is unknown; depth ops are kept within 1..this. */
export const MAX_DEPTH_WITHOUT_MODEL = 100;
/** How many offending ids or values a notice carries (the count is always exact). */
export const MAX_NOTICE_SAMPLES = 20;

export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 64;
export const isId = (v: string) => v.length <= MAX_ID_LENGTH && ID.test(v);

/** `present` and `step` (a presented tour, src/url/url-present.ts) are read apart from the view. */
export type UrlParam = 'g' | 's' | 'x' | 'hk' | 'hr' | 'lang' | 'theme' | 'layout' | 'sup' | 'present';
const PARAMS: readonly UrlParam[] = ['g', 's', 'x', 'hk', 'hr', 'lang', 'theme', 'layout', 'sup'];
export const isParam = (name: string): name is UrlParam => (PARAMS as readonly string[]).includes(name);

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
