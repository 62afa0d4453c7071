import { buildModel, type GraphModel } from '../domain/graph-model';
import type { Problem } from '../domain/problems';
import type { GraphFile, GraphIndex } from '../domain/schema';
import { splitParagraphs } from '../domain/source-text';
import type { Tour } from '../domain/tour-schema';
import type { UrlNotice } from '../link-format/url-grammar';
import type { StartPositions } from '../view/positions';
import { initialView, type ViewState, type Viewport } from '../view/view-state';

/** A graph kept on this device (opened from files). */
export interface LocalGraphInfo {
  id: string;
  title: { zh: string; en: string };
  fileName: string;
  savedAt: number;
}

/** A graph read and checked by the data layer, ready to be shown. */
export interface OpenedGraph {
  graphId: string;
  graph: GraphFile;
  sourceText: string;
  startPositions?: StartPositions;
  /** The build's tours, checked against the graph (shipped graphs only). */
  tours?: Tour[];
  /** Set when the graph came from a same-origin `?graph=` link; the link keeps it. */
  graphPath?: string;
}

/** Where a graph being loaded comes from: a linked or opened file is validated and laid out in the page. */
export type LoadingFrom = 'shipped' | 'linked' | 'file';

export interface GraphState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  loadingFrom?: LoadingFrom;
  index?: GraphIndex;
  graphId?: string;
  graphPath?: string;
  model?: GraphModel;
  paragraphs: string[];
  tours: readonly Tour[];
  startPositions?: StartPositions;
  /** Problems that stopped the app from showing any graph. */
  problems: Problem[];
  /** Problems of the last file or link that could not be opened; the graph on screen is unchanged. */
  openProblems: Problem[];
  /** A file is being read and checked (off the main thread). */
  checkingFile: boolean;
  localGraphs: LocalGraphInfo[];
  /** What was wrong with the link the page was opened (or navigated back) with. */
  linkNotices: UrlNotice[];
  /** Where the camera is, as the canvas last reported it (kept with the stored view). */
  viewport?: Viewport;
}

export interface GraphActions {
  loadStarted(from: LoadingFrom): void;
  indexLoaded(index: GraphIndex): void;
  /** A graph is shown; a different graph starts from its own start view (language and theme stay). */
  graphOpened(opened: OpenedGraph): void;
  /** The file or link could not be opened: its problems are listed and whatever is on screen stays. */
  openFailed(problems: Problem[]): void;
  checkingFileChanged(checking: boolean): void;
  localGraphsListed(graphs: LocalGraphInfo[]): void;
  dismissProblems(): void;
  showLinkNotices(notices: UrlNotice[]): void;
  dismissLinkNotices(): void;
  /** Called by the canvas when the reader has panned or zoomed. */
  reportViewport(viewport: Viewport): void;
}

export const initialGraphState = (): GraphState => ({
  status: 'idle',
  paragraphs: [],
  tours: [],
  problems: [],
  openProblems: [],
  checkingFile: false,
  localGraphs: [],
  linkNotices: [],
});

type Slice = GraphState & ViewState;
/** Opening a graph also ends any tour of the graph before. */
type Set = (partial: Partial<Slice> & { tour?: null }) => void;
type Get = () => Slice;

export const graphSlice = (set: Set, get: Get): GraphState & GraphActions => ({
  ...initialGraphState(),
  loadStarted: (from) => set({ loadingFrom: from, ...(get().model ? {} : { status: 'loading' }) }),
  indexLoaded: (index) => set({ index }),
  graphOpened(opened) {
    const same = get().graphId === opened.graphId;
    const { lang, theme } = get();
    set({
      ...(same ? {} : { ...initialView(), lang, theme, viewport: undefined }),
      status: 'ready',
      loadingFrom: undefined,
      graphId: opened.graphId,
      graphPath: opened.graphPath,
      model: buildModel(opened.graph),
      tours: opened.tours ?? [],
      tour: null,
      startPositions: opened.startPositions,
      paragraphs: splitParagraphs(opened.sourceText),
      problems: [],
      openProblems: [],
    });
  },
  openFailed: (problems) =>
    set({
      openProblems: problems,
      problems,
      loadingFrom: undefined,
      status: get().model ? 'ready' : 'error',
    }),
  checkingFileChanged: (checkingFile) => set({ checkingFile }),
  localGraphsListed: (localGraphs) => set({ localGraphs }),
  dismissProblems: () => set({ openProblems: [] }),
  showLinkNotices: (linkNotices) => set({ linkNotices }),
  dismissLinkNotices: () => set({ linkNotices: [] }),
  reportViewport: (viewport) => set({ viewport }),
});
