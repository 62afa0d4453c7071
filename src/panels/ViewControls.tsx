import { useMemo } from 'react';
import { useT } from '../i18n/use-t';
import { useApp } from '../store/app-store';
import { forgetStoredView } from '../url/stored-view';
import { expandedAfter, shownNodes } from '../view/view-ops';

/** Floating controls over the canvas: expand/collapse all, levels shown, zoom. */
export function ViewControls() {
  const t = useT();
  const model = useApp((s) => s.model);
  const ops = useApp((s) => s.ops);
  const depth = useMemo(() => {
    if (!model) return 1;
    const shown = shownNodes(model, expandedAfter(model, ops));
    return shown.reduce((max, id) => Math.max(max, model.level.get(id) ?? 1), 1);
  }, [model, ops]);
  if (!model) return null;
  const app = useApp.getState();
  const levels = Array.from({ length: model.maxLevel }, (_, i) => i + 1);
  return (
    <div className="view-controls" role="toolbar" aria-label={t('controls.label')} data-kiosk="hide">
      <button type="button" onClick={() => app.expandAll()}>
        {t('controls.expandAll')}
      </button>
      <button type="button" onClick={() => app.collapseAll()}>
        {t('controls.collapseAll')}
      </button>
      <label className="depth">
        <span>{t('controls.depth')}</span>
        <select value={depth} onChange={(e) => app.setDepth(Number(e.target.value))}>
          {levels.map((n) => (
            <option key={n} value={n}>
              {t('controls.depthValue', { n })}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() => {
          const { graphId } = useApp.getState();
          if (graphId) forgetStoredView(graphId);
          app.resetView();
        }}
      >
        {t('controls.reset')}
      </button>
      <span className="sep" aria-hidden="true" />
      <button
        type="button"
        className="zoom"
        aria-label={t('controls.zoomIn')}
        onClick={() => app.requestCamera('zoom-in')}
      >
        ＋
      </button>
      <button
        type="button"
        className="zoom"
        aria-label={t('controls.zoomOut')}
        onClick={() => app.requestCamera('zoom-out')}
      >
        －
      </button>
      <button
        type="button"
        className="zoom"
        aria-label={t('controls.fit')}
        onClick={() => app.requestCamera('fit')}
      >
        ⤢
      </button>
    </div>
  );
}
