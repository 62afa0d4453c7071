import type { GraphModel } from '../domain/graph-model';
import { NODE_KINDS, type NodeKind } from '../domain/vocabulary';
import type { Lang } from '../i18n/lang';
import type { Translate } from '../i18n/translate';
import { visibleGraph, type Filters } from '../view/visible-graph';

/** Kinds listed by name in the summary; the rest of a long list is left to the outline and the details. */
const MAX_TOP = 8;

/**
 * The canvas's long description, in words: how many nodes are shown of how many, of which kinds, which stand at
 * the top, and what is selected. A screen reader user hears what a sighted reader sees at a glance.
 */
export function describeView(
  model: GraphModel,
  expanded: ReadonlySet<string>,
  filters: Filters,
  selected: string | null,
  lang: Lang,
  t: Translate,
): string {
  const { nodes } = visibleGraph(model, expanded, filters);
  const label = (id: string) => model.nodes.get(id)?.label[lang] ?? id;
  const counts = new Map<NodeKind, number>();
  for (const id of nodes) {
    const kind = model.nodes.get(id)!.kind;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const sep = t('summary.sep');
  const kinds = NODE_KINDS.filter((k) => counts.has(k)).map((k) =>
    t('summary.kindCount', { kind: t(`kind.${k}`), n: counts.get(k)! }),
  );
  const shown = new Set(nodes);
  const top = nodes.filter((id) => {
    let up = model.parent.get(id);
    while (up !== undefined && !shown.has(up)) up = model.parent.get(up);
    return up === undefined;
  });
  const parts = [t('summary.shown', { shown: nodes.length, total: model.nodes.size })];
  if (kinds.length) parts.push(t('summary.kinds', { list: kinds.join(sep) }));
  if (top.length)
    parts.push(
      t('summary.top', {
        list: top.slice(0, MAX_TOP).map(label).join(sep) + (top.length > MAX_TOP ? sep + '…' : ''),
      }),
    );
  if (selected && model.nodes.has(selected)) parts.push(t('summary.selected', { label: label(selected) }));
  return parts.join(lang === 'zh' ? '' : ' ');
}
