import { LangButton } from '../panels/LangButton';
import { useT } from '../store/use-t';
import { useApp } from '../store/app-store';
import { camera } from '../store/camera';
import type { KioskPanel } from '../store/kiosk-slice';
import { resetToStart } from './reset';

/** The kiosk's few, big controls (at least 64 px), at the bottom where a standing visitor's hand is. */
export function KioskBar() {
  const t = useT();
  const panel = useApp((s) => s.kiosk.panel);
  const app = useApp.getState();
  const toggle = (p: Exclude<KioskPanel, null>) => app.updateKiosk({ panel: panel === p ? null : p });
  return (
    <div className="kiosk-bar" role="toolbar" aria-label={t('kiosk.controls')} data-over-canvas="bottom">
      <button type="button" className="kiosk-home" onClick={() => resetToStart()}>
        <span aria-hidden="true">⌂</span> {t('kiosk.home')}
      </button>
      <button type="button" aria-pressed={panel === 'outline'} onClick={() => toggle('outline')}>
        <span aria-hidden="true">☰</span> {t('kiosk.outline')}
      </button>
      <button type="button" aria-pressed={panel === 'search'} onClick={() => toggle('search')}>
        <span aria-hidden="true">⌕</span> {t('kiosk.search')}
      </button>
      <LangButton />
      <button
        type="button"
        className="kiosk-zoom"
        aria-label={t('controls.zoomIn')}
        onClick={() => camera.zoom({ direction: 'in' })}
      >
        ＋
      </button>
      <button
        type="button"
        className="kiosk-zoom"
        aria-label={t('controls.zoomOut')}
        onClick={() => camera.zoom({ direction: 'out' })}
      >
        －
      </button>
    </div>
  );
}
