import { useEffect } from 'react';
import { useApp, type AppState } from '../store/app-store';
import { initialView, viewChanged, viewOf } from '../view/view-state';
import { loadGraph, openGraphPath } from '../data/graph-loader';
import { graphPathOf } from '../link-format/graph-path';
import { decodeView, encodeView, type UrlNotice } from '../link-format/url-state';
import { linkWins } from '../link-format/link-wins';
import { isLocalGraphId } from '../data/local-graphs';
import { presentOf, withPresent } from '../link-format/url-present';
import { readEmbedParams, withEmbed } from '../link-format/embed-params';

function withGraphPath(query: string, graphPath: string | undefined): string {
  if (!graphPath) return query;
  const rest = query
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p && !p.startsWith('g='));
  return `?${[`graph=${encodeURIComponent(graphPath)}`, ...rest].join('&')}`;
}

/** The query of the view shown now (graph, view, presentation): what a link to it says. */
export function queryOf(s: AppState): string {
  if (!s.model || s.graphId === undefined) return '';
  return withGraphPath(
    withPresent(encodeView(viewOf(s), s.graphId, s.index?.default ?? s.graphId, s.model), s.tour),
    s.graphPath,
  );
}

const urlChanged = (a: AppState, b: AppState) =>
  viewChanged(a, b) ||
  a.graphPath !== b.graphPath ||
  a.graphId !== b.graphId ||
  a.index !== b.index ||
  a.model !== b.model ||
  a.tour !== b.tour;

/** history calls can throw (sandboxed frames, browsers' rate limits); the URL is a convenience, never fatal. */
function writeHistory(mode: 'push' | 'replace', url: string): void {
  try {
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(window.history.state, '', url);
  } catch {
    // keep the view; the address bar just lags behind
  }
}

/** A link waiting to be applied (the opening link, or a popstate) until its graph is ready. */
interface LinkToApply {
  search: string;
  /** The link the page was opened with: it replaces the view only if it names one (linkWins). */
  opening: boolean;
  /** The graph already asked for on its behalf, so a graph that fails to load is not asked for again. */
  tried?: string;
}

type GraphWanted = { path: string } | { id: string } | { unavailable: string } | undefined;

/** Which graph a link needs loaded before its view can be applied, if not the one shown. */
function graphWanted(s: AppState, search: string): GraphWanted {
  const path = graphPathOf(search);
  if (path && path !== s.graphPath) return { path };
  const named = decodeView(search).graphId;
  const wanted = path ? s.graphId : (named ?? s.index?.default);
  if (wanted === undefined || wanted === s.graphId) return undefined;
  const listed = (s.index?.graphs.some((g) => g.id === wanted) ?? false) || isLocalGraphId(wanted);
  if (listed) return { id: wanted };
  return named !== undefined ? { unavailable: named } : undefined;
}

/**
 * Keeps the address bar and the store in step; returns the function that stops it.
 *
 * - Once the graph is ready, the link the page was opened with is applied (an explicit link wins over whatever
 *   the store started with; a bare address leaves the store alone). If the link names another graph that the
 *   index lists, that graph is loaded first.
 * - From then on every change of the view rewrites the query: a new history entry when the selection changed
 *   (so back and forward walk through selections), a replaced entry for anything else. Changes made within
 *   one task (the store's reveal sets ops, then the selection) become one entry.
 * - Back and forward (popstate) restore the view of that entry without adding one.
 */
export function startUrlSync(): () => void {
  // A kiosk never writes its view into the address and ignores links: it always returns to its own start.
  if (useApp.getState().kiosk.on) return () => {};
  let link: LinkToApply | null = { search: window.location.search, opening: true };
  /** What the current history entry says: its selection, and whether a rewrite is already queued. */
  const entry = { selected: null as string | null, queued: false };
  let stopped = false;
  // An embedded view stays one: its address keeps `embed` (and the ratio) as the view changes.
  const embed = readEmbedParams(window.location.search);

  const write = (mode: 'auto' | 'replace') => {
    const s = useApp.getState();
    if (stopped || link !== null || !s.model || s.graphId === undefined) return;
    const query = embed.on ? withEmbed(queryOf(s), embed.ratio) : queryOf(s);
    const { pathname, search, hash } = window.location;
    if (query !== search) {
      // Steps of a tour replace the entry: an attract loop must not fill the history.
      const push = mode === 'auto' && s.selected !== entry.selected && !s.tour;
      writeHistory(push ? 'push' : 'replace', `${pathname}${query}${hash}`);
    }
    entry.selected = s.selected;
  };

  const apply = () => {
    const s = useApp.getState();
    if (stopped || link === null || s.status !== 'ready' || !s.model) return;
    const { search, opening } = link;
    const notices: UrlNotice[] = [];
    const graph = graphWanted(s, search);
    if (graph && !('unavailable' in graph)) {
      const key = 'path' in graph ? `path:${graph.path}` : graph.id;
      if (link.tried !== key) {
        link.tried = key;
        // apply() runs again when the store reports the new graph ready (or the old one still ready, on failure)
        ('path' in graph ? openGraphPath(graph.path) : loadGraph(graph.id)).catch(() => undefined);
        return;
      }
      // Asked for already and still not shown: the graph the link names could not be opened.
      if ('id' in graph && decodeView(search).graphId !== undefined)
        notices.push({ kind: 'graph-unavailable', id: graph.id });
    }
    if (graph && 'unavailable' in graph) notices.push({ kind: 'graph-unavailable', id: graph.unavailable });
    const decoded = decodeView(search, s.model);
    notices.push(...decoded.notices);
    link = null;
    if (!opening || linkWins(search)) s.restoreView({ ...initialView(), ...decoded.view });
    const present = presentOf(search);
    if (present?.bad)
      notices.push({ kind: 'bad-value', param: 'present', count: 1, values: [present.value] });
    else if (present && !s.startTour(present.id, { step: present.step }))
      notices.push({ kind: 'bad-value', param: 'present', count: 1, values: [present.id] });
    else if (!present && !opening) s.stopTour();
    if (notices.length) s.showLinkNotices(notices);
    entry.selected = useApp.getState().selected;
    write('replace'); // the address now says what is shown: unknown ids gone, the log normalised
  };

  const unsubscribe = useApp.subscribe((state, prev) => {
    if (link !== null) return apply();
    if (!urlChanged(state, prev) || entry.queued) return;
    entry.queued = true;
    queueMicrotask(() => {
      entry.queued = false;
      write('auto');
    });
  });

  const onPopState = () => {
    link = { search: window.location.search, opening: false };
    apply();
  };
  window.addEventListener('popstate', onPopState);
  apply();

  return () => {
    stopped = true;
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}

/** Mount once, in App: the address bar mirrors the view, and a shared link reproduces it. */
export function useUrlSync(): void {
  useEffect(() => startUrlSync(), []);
}
