import { RELATIONS } from '../domain/vocabulary';
import { useApp } from '../store/app-store';
import { useT } from '../store/use-t';

/** Two nodes joined on the canvas: which relation, or none. */
export function PendingEdge() {
  const t = useT();
  const pending = useApp((s) => s.editor.pendingEdge);
  const model = useApp((s) => s.model);
  const lang = useApp((s) => s.lang);
  if (!pending || !model) return null;
  const label = (id: string) => model.nodes.get(id)?.label[lang] ?? id;
  const add = (relation: (typeof RELATIONS)[number]) => {
    const app = useApp.getState();
    app.edit({ op: 'add-edge', edge: { ...pending, relation } });
    app.clearPendingEdge();
  };
  return (
    <div
      className="editor-pending"
      role="group"
      aria-labelledby="editor-pending-title"
      data-testid="pending-edge"
    >
      <p id="editor-pending-title">
        {t('editor.edge.fromCanvas', { source: label(pending.source), target: label(pending.target) })}
      </p>
      <div className="editor-actions">
        {RELATIONS.map((r) => (
          <button key={r} type="button" className="primary" onClick={() => add(r)}>
            {t(`relation.${r}`)}
          </button>
        ))}
        <button type="button" onClick={() => useApp.getState().clearPendingEdge()}>
          {t('editor.form.cancel')}
        </button>
      </div>
    </div>
  );
}
