import { applyEdit, type GraphEdit } from '../domain/graph-edits';
import { commit, redo, startHistory, undo, type History } from '../domain/edit-history';
import { buildModel } from '../domain/graph-model';
import type { GraphFile, GraphEdge } from '../domain/schema';
import { splitParagraphs } from '../domain/source-text';
import { camera } from './camera';
import type { GraphState } from './graph-slice';
import type { KioskSlice } from './kiosk-slice';
import { initialView, type ViewState } from '../view/view-state';

/** A graph being written, with the text it quotes: what the editor keeps on this device as the author works. */
export interface Draft {
  /** `draft-…`: never the id of a shipped or opened graph, so leaving the editor shows those unchanged. */
  id: string;
  graph: GraphFile;
  sourceText: string;
  /** The source's file name, for the downloads' names. */
  fileName: string;
}

export interface EditorInfo {
  /** The editor is open (never in the kiosk). */
  on: boolean;
  draft?: Omit<Draft, 'graph'>;
  history?: History<GraphFile>;
  /** Two nodes joined on the canvas: the editor asks which relation before it adds the edge. */
  pendingEdge?: Pick<GraphEdge, 'source' | 'target'>;
  /** The graph that was on screen when the editor opened: shown again when it closes. */
  returnTo?: string;
}

export interface EditorSlice {
  editor: EditorInfo;
  openEditor(): void;
  /** Shows a draft on the canvas and makes it what every edit changes. */
  startDraft(draft: Draft): void;
  edit(edit: GraphEdit): void;
  undoEdit(): void;
  redoEdit(): void;
  /** Called by the canvas when the author drags from one node onto another. */
  connectNodes(source: string, target: string): void;
  clearPendingEdge(): void;
  /** The draft is set aside: the editor asks again where to start. */
  discardDraft(): void;
  closeEditor(): void;
}

type Slice = EditorSlice &
  ViewState &
  Pick<GraphState, 'model' | 'graphId' | 'paragraphs' | 'status'> &
  Pick<KioskSlice, 'kiosk'>;
type Set = (partial: Partial<Slice>) => void;
type Get = () => Slice;

const WHOLE_IN_VIEW = 40;

export const editorOff = (): EditorInfo => ({ on: false });

export const editorSlice = (set: Set, get: Get): EditorSlice => {
  /** The canvas and panels read the model: each step of the draft is shown as it is. */
  const show = (history: History<GraphFile>, extra: Partial<Slice> = {}) => {
    const model = buildModel(history.present);
    const selected = get().selected;
    set({
      editor: { ...get().editor, history },
      model,
      ...(selected !== null && !model.nodes.has(selected) ? { selected: null } : {}),
      ...extra,
    });
  };
  return {
    editor: editorOff(),
    openEditor() {
      if (get().kiosk.on || get().editor.on) return;
      set({ editor: { on: true, returnTo: get().graphId } });
    },
    startDraft(draft) {
      const { editor, lang, theme } = get();
      if (!editor.on) return;
      const { graph, ...rest } = draft;
      set({
        ...initialView(),
        lang,
        theme,
        graphId: draft.id,
        paragraphs: splitParagraphs(draft.sourceText),
      });
      set({ editor: { ...editor, draft: rest, pendingEdge: undefined } });
      show(startHistory(graph), { status: 'ready' });
    },
    edit(e) {
      const history = get().editor.history;
      if (!history) return;
      const next = commit(history, applyEdit(history.present, e));
      if (next === history) return;
      // A new node is shown where it belongs, with the path down to it open, and selected.
      const added =
        e.op === 'add-node'
          ? { ops: [...get().ops, { op: 'reveal' as const, id: e.node.id }], selected: e.node.id }
          : {};
      show(next, added);
      // While a draft is small the whole of it stays in view; later the camera goes to the new node.
      if (e.op === 'add-node') {
        if (next.present.nodes.length <= WHOLE_IN_VIEW) camera.home();
        else camera.center({ id: e.node.id });
      }
    },
    undoEdit() {
      const history = get().editor.history;
      if (history?.past.length) show(undo(history));
    },
    redoEdit() {
      const history = get().editor.history;
      if (history?.future.length) show(redo(history));
    },
    connectNodes(source, target) {
      const { editor, model } = get();
      if (!editor.history || source === target || !model?.nodes.has(source) || !model.nodes.has(target))
        return;
      set({ editor: { ...editor, pendingEdge: { source, target } } });
    },
    clearPendingEdge: () => set({ editor: { ...get().editor, pendingEdge: undefined } }),
    discardDraft: () => set({ editor: { on: true, returnTo: get().editor.returnTo } }),
    closeEditor: () => set({ editor: editorOff() }),
  };
};
