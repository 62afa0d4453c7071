import { create } from 'zustand';
import { buildModel, type GraphModel } from '../domain/graph-model';
import type { GraphIndex } from '../domain/schema';
import type { Problem } from '../domain/problems';
import { splitParagraphs } from '../domain/source-text';
import type { NodeKind, Relation } from '../domain/vocabulary';
import { DEFAULT_LANG, type Lang } from '../i18n/lang';
import { fetchIndex } from '../data/fetch-graph';
import { openById, openFiles, openPath, type Opened } from '../data/graph-sources';
import { deleteLocalGraph, listLocalGraphs, type LocalGraphInfo } from '../data/local-graphs';
import { expandedAfter, type ViewOp } from '../view/view-ops';
import { pathToRoot } from '../domain/graph-model';
import { tourSlice, type TourActions, type TourState } from './tour-slice';
import { kioskSlice, type KioskSlice } from './kiosk-slice';
import type { StartPositions } from '../canvas/layout/start-layout';

type Set = (partial: Partial<AppState>) => void;
type Get = () => AppState;

/**
 * Puts an opened graph on screen, or keeps what is there and lists the problems. A different graph starts from
 * its own start view; language and theme stay.
 */
function show(set: Set, get: Get, opened: Opened, graphPath?: string): boolean {
  if (!opened.ok) {
    set({
      openProblems: opened.problems,
      status: get().model ? 'ready' : 'error',
      problems: opened.problems,
    });
    return false;
  }
  const same = get().graphId === opened.graphId;
  const { lang, theme } = get();
  const model = buildModel(opened.graph);
  set({
    ...(same ? {} : { ...initialView(), lang, theme }),
    status: 'ready',
    graphId: opened.graphId,
    graphPath,
    model,
    tours: opened.tours ?? [],
    tour: null,
    startPositions: opened.startLayout,
    paragraphs: splitParagraphs(opened.sourceText),
    problems: [],
    openProblems: [],
  });
  return true;
}

/** Appends an op only when it changes what is shown, so the log (and the link) stays short. */
function pushOp(set: Set, get: Get, op: ViewOp): void {
  const { model, ops } = get();
  if (!model) return;
  const before = expandedAfter(model, ops);
  const after = expandedAfter(model, [...ops, op]);
  if (before.size === after.size && [...after].every((id) => before.has(id))) return;
  set({ ops: [...ops, op] });
}

export type Theme = 'light' | 'dark';

export interface ViewState {
  ops: ViewOp[];
  selected: string | null;
  hiddenKinds: NodeKind[];
  hiddenRelations: Relation[];
  lang: Lang;
  theme: Theme;
}

/** A one-shot request to the canvas camera; `seq` makes repeated requests distinct. */
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface CameraRequest {
  action: 'fit' | 'home' | 'zoom-in' | 'zoom-out' | 'center' | 'viewport' | 'show';
  viewport?: Viewport;
  seq: number;
  id?: string;
  /** 'show': the nodes to fit in view (a tour step). */
  ids?: readonly string[];
}

export interface DataState {
  camera?: CameraRequest;
  /** Where the camera is, as the canvas last reported it (kept with the stored view). */
  viewport?: Viewport;
  /** Graphs opened from files and kept on this device. */
  localGraphs: LocalGraphInfo[];
  /** Set when the graph came from a same-origin `?graph=` link; the link keeps it. */
  graphPath?: string;
  /** Problems of the last file or link that could not be opened; the graph on screen is unchanged. */
  openProblems: Problem[];
  /** A file is being read and checked (off the main thread). */
  checkingFile: boolean;
  /** Start-view positions computed when the data was built (per canvas scale), if the graph ships with them. */
  startPositions?: StartPositions;
  status: 'idle' | 'loading' | 'ready' | 'error';
  index?: GraphIndex;
  graphId?: string;
  model?: GraphModel;
  paragraphs: string[];
  problems: Problem[];
}

export interface Actions {
  loadGraph(graphId?: string): Promise<void>;
  openFiles(files: readonly File[]): Promise<boolean>;
  openGraphPath(path: string): Promise<boolean>;
  removeLocalGraph(id: string): Promise<void>;
  dismissProblems(): void;
  /**
   * A tap or click on a node: select it and, if it has hidden children, show them. A tap on the "−" badge
   * of an open node folds it again.
   */
  tapNode(id: string, onBadge?: boolean): void;
  select(id: string | null): void;
  expand(id: string): void;
  collapse(id: string): void;
  expandBranch(id: string): void;
  expandAll(): void;
  collapseAll(): void;
  setDepth(level: number): void;
  /** Opens the path down to a node, selects it (search results, links). */
  reveal(id: string): void;
  revealSupporters(id: string): void;
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
  toggleKind(kind: NodeKind): void;
  toggleRelation(relation: Relation): void;
  /** Replaces the view wholesale (a link, a stored view, the kiosk's reset); unknown ids are dropped. */
  restoreView(view: Partial<ViewState>): void;
  requestCamera(
    action: CameraRequest['action'],
    id?: string,
    viewport?: Viewport,
    ids?: readonly string[],
  ): void;
  /** Called by the canvas when the reader has panned or zoomed. */
  reportViewport(viewport: Viewport): void;
  /** Back to the start view of this graph (language and theme stay), forgetting the stored view. */
  resetView(): void;
}

export type AppState = ViewState & DataState & Actions & TourState & TourActions & KioskSlice;

export const initialView = (): ViewState => ({
  ops: [],
  selected: null,
  hiddenKinds: [],
  hiddenRelations: [],
  lang: DEFAULT_LANG,
  theme: 'light',
});

/** The single source of truth. The canvas mirrors it; canvas and panel events call its actions. */
export const useApp = create<AppState>()((set, get) => ({
  ...initialView(),
  status: 'idle',
  paragraphs: [],
  problems: [],
  localGraphs: [],
  openProblems: [],
  checkingFile: false,
  ...tourSlice(set, get),
  ...kioskSlice(set, get),

  async loadGraph(graphId) {
    if (!get().model) set({ status: 'loading' });
    const index =
      get().index ??
      (await fetchIndex().then((r) => (r.ok ? r.index : (set({ problems: r.problems }), undefined))));
    if (!index) return set({ status: 'error' });
    set({ index });
    // The device's own graphs (IndexedDB) are listed beside the shipped one, not before it is shown.
    const [local, opened] = await Promise.all([listLocalGraphs(), openById(index, graphId)]);
    set({ localGraphs: local });
    show(set, get, opened);
  },
  async openFiles(files) {
    set({ checkingFile: true });
    const opened = await openFiles(files).finally(() => set({ checkingFile: false }));
    set({ localGraphs: await listLocalGraphs() });
    return show(set, get, opened);
  },
  async openGraphPath(path) {
    // The linked graph is fetched at once; the index (for the graph picker) arrives beside it.
    const index = get().index
      ? undefined
      : fetchIndex().then((r) => {
          if (r.ok) set({ index: r.index });
        });
    const opened = await openPath(path);
    await index;
    return show(set, get, opened, path);
  },
  async removeLocalGraph(id) {
    await deleteLocalGraph(id).catch(() => undefined);
    set({ localGraphs: await listLocalGraphs() });
    if (get().graphId === id) await get().loadGraph();
  },
  dismissProblems: () => set({ openProblems: [] }),
  tapNode(id, onBadge = false) {
    const { model, ops } = get();
    if (!model?.nodes.has(id)) return;
    const expanded = expandedAfter(model, ops);
    if (expanded.has(id) && onBadge) {
      set({ selected: id });
      return get().collapse(id);
    }
    const opens = !expanded.has(id) && (model.children.get(id)?.length ?? 0) > 0;
    set({ selected: id, ...(opens ? { ops: [...ops, { op: 'expand', id }] } : {}) });
  },
  select(id) {
    const { model } = get();
    if (id === null || model?.nodes.has(id)) set({ selected: id });
  },
  expand: (id) => pushOp(set, get, { op: 'expand', id }),
  collapse(id) {
    const { model, ops, selected } = get();
    if (!model || !expandedAfter(model, ops).has(id)) return;
    // Selection inside the collapsed branch moves up to the node that was collapsed.
    const hidesSelection = selected !== null && selected !== id && pathToRoot(model, selected).includes(id);
    set({ ops: [...ops, { op: 'collapse', id }], ...(hidesSelection ? { selected: id } : {}) });
  },
  expandBranch: (id) => pushOp(set, get, { op: 'branch', id }),
  expandAll: () => pushOp(set, get, { op: 'all' }),
  collapseAll() {
    const { selected, model } = get();
    const keep = selected !== null && model && (model.level.get(selected) ?? 9) <= 2;
    set({ ops: [], selected: keep ? selected : null });
  },
  setDepth(level) {
    const { model } = get();
    if (!model) return;
    const clamped = Math.max(1, Math.min(model.maxLevel, Math.round(level)));
    pushOp(set, get, { op: 'depth', level: clamped });
  },
  reveal(id) {
    if (!get().model?.nodes.has(id)) return;
    pushOp(set, get, { op: 'reveal', id });
    set({ selected: id });
    get().requestCamera('center', id);
  },
  requestCamera(action, id, viewport, ids) {
    set({ camera: { action, id, viewport, ids, seq: (get().camera?.seq ?? 0) + 1 } });
  },
  reportViewport: (viewport) => set({ viewport }),
  resetView() {
    const { lang, theme } = get();
    set({ ...initialView(), lang, theme, viewport: undefined });
    get().requestCamera('home');
  },
  revealSupporters: (id) => pushOp(set, get, { op: 'supporters', id }),
  setLang: (lang) => set({ lang }),
  setTheme: (theme) => set({ theme }),
  toggleKind(kind) {
    const { hiddenKinds } = get();
    set({
      hiddenKinds: hiddenKinds.includes(kind)
        ? hiddenKinds.filter((k) => k !== kind)
        : [...hiddenKinds, kind],
    });
  },
  toggleRelation(relation) {
    const { hiddenRelations } = get();
    set({
      hiddenRelations: hiddenRelations.includes(relation)
        ? hiddenRelations.filter((r) => r !== relation)
        : [...hiddenRelations, relation],
    });
  },
  restoreView(view) {
    const { model } = get();
    const known = (id: string) => model?.nodes.has(id) ?? false;
    const next: Partial<ViewState> = { ...view };
    if (view.ops) next.ops = view.ops.filter((op) => !('id' in op) || known(op.id));
    if (view.selected !== undefined)
      next.selected = view.selected !== null && known(view.selected) ? view.selected : null;
    set(next);
  },
}));
