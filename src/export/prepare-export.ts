import { ExportGraph, type LiveView } from '../canvas/offscreen/export-graph';
import { liveView } from '../canvas/offscreen/live-view';
import { scopePositions } from '../canvas/offscreen/scope-positions';
import type { GraphModel } from '../domain/graph-model';
import { NODE_KINDS, RELATIONS, type LayoutName, type NodeKind, type Relation } from '../domain/vocabulary';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/translate';
import { siblingOrder, type SiblingOrder } from '../view/sibling-order';
import type { ViewOp } from '../view/view-ops';
import { legendEntryWidth, type BandContent, type LegendEntry } from './bands';
import { exportColours, type ExportColours } from './export-theme';
import { ExportError, type ExportOptions, type ExportScope } from './export-options';
import { footerDate } from './file-name';
import { loadFontsFor } from './fonts';
import { scopeGraph } from './scope-graph';

/** What the app shows when the export starts; exports never read the store themselves. */
export interface ExportSnapshot {
  model: GraphModel;
  ops: readonly ViewOp[];
  hiddenKinds: readonly NodeKind[];
  hiddenRelations: readonly Relation[];
  lang: Lang;
  selected: string | null;
  /** The view's layout: what scope 'view' draws, and the dialog's first choice for the others. */
  layout: LayoutName;
  /** The source text's paragraphs: siblings of the hierarchical layouts follow the document's order. */
  paragraphs: readonly string[];
  /** The view's "show all supports" (the export draws no selection, so otherwise every one is quiet). */
  allSupports?: boolean;
  startPositions?: ReadonlyMap<string, { x: number; y: number }>;
  /** The view's link, printed in the footer. */
  link: string;
  /** For scope 'view'; read from the app canvas when not given. */
  view?: LiveView;
  date?: Date;
}

/** A scope drawn offscreen with its words, ready to be framed at any size. */
export interface Prepared {
  scope: ExportScope;
  /** The layout drawn: the view's for scope 'view', else the one asked for. */
  layout: LayoutName;
  graph: ExportGraph;
  bands: BandContent;
  colours: ExportColours;
  legendWidths: number[];
  lang: Lang;
  date: Date;
  text: string;
}

let lastOrder: { model: GraphModel; paragraphs: readonly string[]; order: SiblingOrder } | undefined;
/** Document order over the whole graph, as the canvas computes it (once per graph). */
function orderOf(model: GraphModel, paragraphs: readonly string[]): SiblingOrder {
  if (lastOrder?.model !== model || lastOrder.paragraphs !== paragraphs)
    lastOrder = { model, paragraphs, order: siblingOrder(model, paragraphs.join('\n\n')) };
  return lastOrder.order;
}

/** The layout an export of `scope` draws: what is on screen for the current view, else the one asked for. */
export const exportLayout = (snap: Pick<ExportSnapshot, 'layout'>, scope: ExportScope, asked?: LayoutName) =>
  scope === 'view' ? snap.layout : (asked ?? snap.layout);

/** A 2D context for measuring text in the export's font. */
export const measureCtx = () => document.createElement('canvas').getContext('2d')!;

export async function prepareExport(
  snap: ExportSnapshot,
  scope: ExportScope,
  options: Pick<ExportOptions, 'background'> & Partial<Pick<ExportOptions, 'layout'>>,
): Promise<Prepared> {
  const { model, lang } = snap;
  const t = translator(lang);
  if (scope === 'branch' && !snap.selected) throw new ExportError('no-branch', t('export.error.noBranch'));
  const sg = scopeGraph(model, snap.ops, snap, scope, snap.selected ?? undefined);
  if (!sg.nodes.length) throw new ExportError('empty', t('export.error.empty'));
  const view = scope === 'view' ? (snap.view ?? liveView()) : undefined;
  if (scope === 'view' && !view) throw new ExportError('empty', t('export.error.empty'));
  const colours = exportColours(options.background);
  const layout = exportLayout(snap, scope, options.layout);
  const order = layout === 'network' ? undefined : orderOf(model, snap.paragraphs);
  const positions = await scopePositions(model, sg.ops, snap.startPositions, layout, order, lang);

  const kinds = NODE_KINDS.filter((k) => sg.nodes.some((id) => model.nodes.get(id)!.kind === k));
  const relations = RELATIONS.filter((r) => sg.edges.some((e) => e.relation === r));
  const legend: LegendEntry[] = [
    ...kinds.map((kind) => ({
      type: 'kind' as const,
      kind,
      label: t(`kind.${kind}`),
      color: colours.tokens.kinds[kind],
    })),
    ...relations.map((relation) => ({
      type: 'relation' as const,
      relation,
      label: t(`relation.${relation}`),
      color: relation === 'supports' ? colours.tokens.supports : colours.tokens.partOf,
    })),
  ];
  const date = snap.date ?? new Date();
  const meta = model.graph.meta;
  const branchLabel = snap.selected ? model.nodes.get(snap.selected)?.label[lang] : undefined;
  const subtitle =
    scope === 'branch' && branchLabel
      ? t('export.subtitle.branch', { label: branchLabel, n: sg.nodes.length })
      : t(`export.subtitle.${scope}`, { n: sg.nodes.length });
  const source = meta.source;
  const bands: BandContent = {
    title: meta.title[lang],
    subtitle,
    legend,
    footer: [
      t('export.footer.source', {
        title: source.title,
        author: source.author,
        publication: source.publication,
        year: source.year,
      }),
      t('export.footer.made', { date: footerDate(date), link: snap.link }),
    ],
    font: colours.tokens.font,
    ink: colours.ink,
    muted: colours.muted,
    background: colours.background,
    badgeInk: colours.tokens.badgeInk,
  };
  const labels = sg.nodes.map((id) => model.nodes.get(id)!.label[lang]);
  const text = [
    ...labels,
    bands.title,
    bands.subtitle,
    ...legend.map((l) => l.label),
    ...bands.footer,
    '+0123456789…',
  ].join('');
  // Fonts before cytoscape measures any label.
  await loadFontsFor(text);
  const graph = new ExportGraph({
    model,
    nodes: sg.nodes,
    edges: sg.edges,
    hidden: sg.hidden,
    positions,
    layout,
    lang,
    tokens: colours.tokens,
    view,
    allSupports: snap.allSupports,
  });
  const ctx = measureCtx();
  ctx.font = `400 100px ${bands.font}`;
  const legendWidths = legend.map((e) => legendEntryWidth(e, (s) => ctx.measureText(s).width / 100));
  return { scope, layout, graph, bands, colours, legendWidths, lang, date, text };
}
