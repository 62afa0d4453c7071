import { useEffect, useRef } from 'react';
import { useT } from '../store/use-t';
import { useApp } from '../store/app-store';
import { ErrorBoundary } from '../errors/ErrorBoundary';
import { GraphPicker } from '../panels/GraphPicker';
import { LayoutSwitch } from '../panels/LayoutSwitch';
import { SupportsSwitch } from '../panels/SupportsSwitch';
import { ViewActions } from '../panels/ViewActions';
import { ShareButton } from '../publish/ShareButton';
import { PresentButton } from '../tour/PresentButton';
import { ExportButton } from '../export/ExportButton';
import { LangThemeButtons } from './HeaderControls';
import '../styles/dialog.css';

/**
 * A phone's menu, a bottom sheet (a modal dialog: Esc or ✕ closes it, focus stays inside): everything the desktop
 * header and view toolbar offer, one tap away. It closes itself once the view changes (expand, layout, reset, a
 * tour starting), so the reader sees what the tap did; language and theme change under it.
 */
export function PhoneMenu({ onClose, onLegend }: { onClose(): void; onLegend(): void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const portrait = useApp((s) => s.portrait);
  const layout = useApp((s) => s.layout);
  const ops = useApp((s) => s.ops);
  const touring = useApp((s) => s.tour !== null);
  const resets = useApp((s) => s.resets);
  const first = useRef([ops, layout, touring, resets]);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.();
    return () => d?.close?.();
  }, []);
  useEffect(() => {
    if ([ops, layout, touring, resets].some((v, i) => v !== first.current[i])) onClose();
  }, [ops, layout, touring, resets, onClose]);

  return (
    <dialog
      ref={dialog}
      className="dialog-frame phone-menu"
      aria-labelledby="phone-menu-title"
      data-testid="phone-menu"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      // Esc in a dialog opened from here (share, export) may close this one too: the menu follows.
      onClose={onClose}
    >
      <div className="phone-menu-head">
        <h2 id="phone-menu-title">{t('phone.menuTitle')}</h2>
        <button type="button" aria-label={t('phone.menuClose')} onClick={onClose}>
          ✕
        </button>
      </div>
      <section aria-labelledby="phone-menu-graph">
        <h3 id="phone-menu-graph">{t('phone.graph')}</h3>
        <ErrorBoundary name="graph-picker">
          <GraphPicker />
        </ErrorBoundary>
      </section>
      <section aria-labelledby="phone-menu-share">
        <h3 id="phone-menu-share">{t('phone.shareExport')}</h3>
        <div className="phone-menu-row">
          <PresentButton />
          <ShareButton />
          <ExportButton />
        </div>
      </section>
      <section aria-labelledby="phone-menu-view">
        <h3 id="phone-menu-view">{t('phone.view')}</h3>
        <div className="phone-menu-row">
          <ViewActions />
        </div>
        <LayoutSwitch />
        {portrait && layout !== 'network' && <p className="muted small">{t('phone.portraitNote')}</p>}
        <SupportsSwitch />
      </section>
      <section aria-labelledby="phone-menu-display">
        <h3 id="phone-menu-display">{t('phone.display')}</h3>
        <div className="phone-menu-row">
          <LangThemeButtons />
          <button type="button" onClick={onLegend}>
            {t('panel.legend')}
          </button>
        </div>
      </section>
    </dialog>
  );
}
