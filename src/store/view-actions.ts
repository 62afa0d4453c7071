import { pathToRoot, type GraphModel } from '../domain/graph-model';
import type { NodeKind, Relation } from '../domain/vocabulary';
import type { Lang } from '../i18n/lang';
import { expandedOf, opChangesView } from '../view/expanded';
import type { LayoutName } from '../domain/vocabulary';
import type { ViewOp } from '../view/view-ops';
import { initialView, type Theme, type ViewState } from '../view/view-state';
import { camera } from './camera';
import type { DetailsSheet } from './screen-slice';

export interface ViewActions {
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
  /** Opens the path down to a node, selects it and brings it into view (search results, links). */
  reveal(id: string): void;
  revealSupporters(id: string): void;
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
  /** Arranges the shown nodes another way; what is open and selected stays. */
  setLayout(layout: LayoutName): void;
  /** Draws every supports edge strong (on) or only the selection's (off). */
  setAllSupports(on: boolean): void;
  toggleKind(kind: NodeKind): void;
  toggleRelation(relation: Relation): void;
  /** Replaces the view wholesale (a link, a stored view, the kiosk's reset); unknown ids are dropped. */
  restoreView(view: Partial<ViewState>): void;
  /** Back to the start view of this graph (language and theme stay); the stored view is forgotten. */
  resetView(): void;
}

/** Counts resets, so that whoever keeps views (src/url/stored-view.ts) forgets the stored one. */
export interface ResetState {
  resets: number;
}

/**
 * `detailsSheet` (screen-slice.ts): a selection the reader makes raises the phone's details sheet; one a link or a
 * stored view brings lowers it to a strip, so the view it opens is seen first.
 */
type Slice = ViewState & ResetState & { model?: GraphModel; detailsSheet?: DetailsSheet };
type Set = (partial: Partial<Slice>) => void;
type Get = () => Slice;

const toggled = <T>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export const viewActions = (set: Set, get: Get): ViewActions & ResetState => {
  /** Appends an op only when it changes what is shown, so the log (and the link) stays short. */
  const push = (op: ViewOp) => {
    const { model, ops } = get();
    if (model && opChangesView(model, ops, op)) set({ ops: [...ops, op] });
  };
  const collapse = (id: string): void => {
    const { model, ops, selected } = get();
    if (!model || !expandedOf(model, ops).has(id)) return;
    // Selection inside the collapsed branch moves up to the node that was collapsed.
    const hidesSelection = selected !== null && selected !== id && pathToRoot(model, selected).includes(id);
    set({ ops: [...ops, { op: 'collapse', id }], ...(hidesSelection ? { selected: id } : {}) });
  };
  return {
    resets: 0,
    tapNode(id, onBadge = false) {
      const { model, ops } = get();
      if (!model?.nodes.has(id)) return;
      const expanded = expandedOf(model, ops);
      if (expanded.has(id) && onBadge) {
        set({ selected: id, detailsSheet: 'open' });
        return collapse(id);
      }
      const opens = !expanded.has(id) && (model.children.get(id)?.length ?? 0) > 0;
      set({ selected: id, detailsSheet: 'open', ...(opens ? { ops: [...ops, { op: 'expand', id }] } : {}) });
    },
    select(id) {
      if (id === null || get().model?.nodes.has(id)) set({ selected: id, detailsSheet: 'open' });
    },
    expand: (id) => push({ op: 'expand', id }),
    collapse,
    expandBranch: (id) => push({ op: 'branch', id }),
    expandAll: () => push({ op: 'all' }),
    collapseAll() {
      const { selected, model } = get();
      const keep = selected !== null && model && (model.level.get(selected) ?? 9) <= 2;
      set({ ops: [], selected: keep ? selected : null });
    },
    setDepth(level) {
      const { model } = get();
      if (model) push({ op: 'depth', level: Math.max(1, Math.min(model.maxLevel, Math.round(level))) });
    },
    reveal(id) {
      if (!get().model?.nodes.has(id)) return;
      push({ op: 'reveal', id });
      set({ selected: id, detailsSheet: 'open' });
      camera.center({ id });
    },
    revealSupporters: (id) => push({ op: 'supporters', id }),
    setLang: (lang) => set({ lang }),
    setTheme: (theme) => set({ theme }),
    setLayout: (layout) => set({ layout }),
    setAllSupports: (allSupports) => set({ allSupports }),
    toggleKind: (kind) => set({ hiddenKinds: toggled(get().hiddenKinds, kind) }),
    toggleRelation: (relation) => set({ hiddenRelations: toggled(get().hiddenRelations, relation) }),
    restoreView(view) {
      const { model } = get();
      const known = (id: string) => model?.nodes.has(id) ?? false;
      const next: Partial<ViewState> = { ...view };
      if (view.ops) next.ops = view.ops.filter((op) => !('id' in op) || known(op.id));
      if (view.selected !== undefined)
        next.selected = view.selected !== null && known(view.selected) ? view.selected : null;
      set(next.selected ? { ...next, detailsSheet: 'peek' } : next);
    },
    resetView() {
      const { lang, theme, resets } = get();
      set({ ...initialView(), lang, theme, resets: resets + 1 });
      camera.home();
    },
  };
};
