import type { GraphModel } from '../domain/graph-model';
import type { Lang } from '../i18n/lang';
import { useApp } from '../store/app-store';
import { KindIcon } from './KindIcon';

/** A node named in a panel: choosing it selects it the same way a tap on the canvas does. */
export function NodeLink({ model, id, lang }: { model: GraphModel; id: string; lang: Lang }) {
  const node = model.nodes.get(id);
  if (!node) return null;
  return (
    <button type="button" className="node-link" onClick={() => useApp.getState().reveal(id)}>
      <KindIcon kind={node.kind} size={14} />
      <span>{node.label[lang]}</span>
    </button>
  );
}
