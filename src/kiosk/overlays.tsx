import { useT } from '../store/use-t';
import { translator } from '../i18n/translate';
import { useApp } from '../store/app-store';
import { BUILD_VERSION } from './version';

/** The invitation is always in both languages: the visitor has not chosen one yet. */
const zhT = translator('zh');
const enT = translator('en');

/** Nobody there: the invitation, over the start view (or the overview tour, once tours exist). */
export function AttractOverlay() {
  const t = useT();
  const title = useApp((s) => s.model?.graph.meta.title[s.lang]);
  return (
    <div className="kiosk-attract" data-testid="kiosk-attract">
      <div className="kiosk-invite">
        <p className="kiosk-invite-main">
          <span lang="zh-CN">{zhT('kiosk.touch')}</span>
          <span className="kiosk-invite-sep" aria-hidden="true">
            {' · '}
          </span>
          <span lang="en">{enT('kiosk.touch')}</span>
        </p>
        <p className="kiosk-invite-hint">{title ?? t('kiosk.touchHint')}</p>
      </div>
    </div>
  );
}

/** The last seconds before an idle reset; any touch (handled by the idle watch) cancels it. */
export function CountdownOverlay() {
  const t = useT();
  const n = useApp((s) => s.kiosk.countdown);
  return (
    <div className="kiosk-countdown" role="alertdialog" aria-labelledby="kiosk-countdown-title">
      <div className="kiosk-card">
        <h2 id="kiosk-countdown-title">{t('kiosk.countdownTitle')}</h2>
        <p className="kiosk-countdown-n" aria-live="polite" data-testid="kiosk-countdown">
          {t('kiosk.countdown', { n })}
        </p>
        <button type="button" onClick={() => useApp.getState().setKioskPhase('explore')}>
          {t('kiosk.keepExploring')}
        </button>
      </div>
    </div>
  );
}

/** Shown for the few seconds between an error and the restart: calm, no technical detail. */
export function CrashNotice() {
  const t = useT();
  return (
    <div className="kiosk-crash" role="status" data-testid="kiosk-crash">
      <div className="kiosk-card">
        <p>{t('kiosk.crash')}</p>
      </div>
    </div>
  );
}

export function VersionBadge() {
  const t = useT();
  return (
    <p className="kiosk-version" data-testid="kiosk-version">
      {t('kiosk.version', { v: BUILD_VERSION })}
    </p>
  );
}
