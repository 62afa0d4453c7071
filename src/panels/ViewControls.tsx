import { useT } from '../store/use-t';
import { useApp } from '../store/app-store';
import { LayoutSwitch } from './LayoutSwitch';
import { SupportsSwitch } from './SupportsSwitch';
import { ViewActions, ZoomButtons } from './ViewActions';

/**
 * Controls over the canvas: expand/collapse all, levels shown, layout, supports, zoom. On a phone only the zoom
 * buttons float over the canvas's foot; the rest are in the header's menu.
 */
export function ViewControls() {
  const t = useT();
  const model = useApp((s) => s.model);
  const compact = useApp((s) => s.compact);
  if (!model) return null;
  if (compact)
    return (
      <div className="view-zoom" role="toolbar" aria-label={t('phone.zoom')} data-kiosk="hide">
        <ZoomButtons />
      </div>
    );
  return (
    <div className="view-controls" role="toolbar" aria-label={t('controls.label')} data-kiosk="hide">
      <ViewActions />
      <span className="sep" aria-hidden="true" />
      <LayoutSwitch />
      <SupportsSwitch />
      <span className="sep" aria-hidden="true" />
      <ZoomButtons />
    </div>
  );
}
