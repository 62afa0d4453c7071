import { useMemo } from 'react';
import { useT } from '../store/use-t';
import { useApp } from '../store/app-store';
import { camera } from '../store/camera';
import { useExpanded } from '../store/use-expanded';
import { shownNodes } from '../view/view-ops';

/** Expand and collapse all, the levels shown, reset: in the view toolbar, or a phone's menu. */
export function ViewActions() {
  const t = useT();
  const model = useApp((s) => s.model);
  const expanded = useExpanded();
  const depth = useMemo(() => {
    if (!model) return 1;
    const shown = shownNodes(model, expanded);
    return shown.reduce((max, id) => Math.max(max, model.level.get(id) ?? 1), 1);
  }, [model, expanded]);
  if (!model) return null;
  const app = useApp.getState();
  const levels = Array.from({ length: model.maxLevel }, (_, i) => i + 1);
  return (
    <>
      <button type="button" onClick={() => app.expandAll()}>
        {t('controls.expandAll')}
      </button>
      <button type="button" onClick={() => app.collapseAll()}>
        {t('controls.collapseAll')}
      </button>
      <label className="depth">
        <span>{t('controls.depth')}</span>
        {/* Named on its own too: phones hide the label's text to save room. */}
        <select
          aria-label={t('controls.depth')}
          value={depth}
          onChange={(e) => app.setDepth(Number(e.target.value))}
        >
          {levels.map((n) => (
            <option key={n} value={n}>
              {t('controls.depthValue', { n })}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => app.resetView()}>
        {t('controls.reset')}
      </button>
    </>
  );
}

/** Zoom in, out, and fit: the view toolbar's end, or floating over a phone's canvas. */
export function ZoomButtons() {
  const t = useT();
  return (
    <>
      <button
        type="button"
        className="zoom"
        aria-label={t('controls.zoomIn')}
        onClick={() => camera.zoom({ direction: 'in' })}
      >
        ＋
      </button>
      <button
        type="button"
        className="zoom"
        aria-label={t('controls.zoomOut')}
        onClick={() => camera.zoom({ direction: 'out' })}
      >
        －
      </button>
      <button type="button" className="zoom" aria-label={t('controls.fit')} onClick={() => camera.fit()}>
        ⤢
      </button>
    </>
  );
}
