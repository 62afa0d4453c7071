import { useApp } from '../store/app-store';
import { KioskBar } from './KioskBar';
import { KioskOutline } from './KioskOutline';
import { AttractOverlay, CountdownOverlay, CrashNotice, VersionBadge } from './overlays';
import { PinyinKeypad } from './PinyinKeypad';
import { SafeMode } from './SafeMode';
import { SHARE_BASE, TakeAway } from './TakeAway';
import './kiosk-lockdown.css';
import './kiosk-controls.css';
import './kiosk-overlays.css';

/** Reveal a node picked from a kiosk panel: open the path to it, select it, centre it; close the panel. */
const pick = (id: string) => {
  useApp.getState().reveal(id);
  useApp.getState().updateKiosk({ panel: null });
};

/**
 * Everything kiosk mode draws over the app (Root renders it beside <App/>, lazily): the attract invitation,
 * the controls and big-button panels while exploring, the countdown, the crash notice, safe mode and the
 * version. The behaviour (idle watch, self-healing, lock-down) was started by boot.ts.
 */
export default function KioskLayer() {
  const phase = useApp((s) => s.kiosk.phase);
  const panel = useApp((s) => s.kiosk.panel);
  const crashed = useApp((s) => s.kiosk.crashed);
  const ready = useApp((s) => s.status === 'ready');
  const exploring = phase === 'explore' || phase === 'countdown';
  return (
    <div className="kiosk-layer" data-phase={phase}>
      {phase === 'safe' && <SafeMode />}
      {ready && exploring && !crashed && (
        <>
          {panel === 'outline' && (
            <section className="kiosk-panel kiosk-drawer">
              <KioskOutline onPick={pick} />
            </section>
          )}
          {panel === 'search' && <PinyinKeypad onPick={pick} />}
          <KioskBar />
          {SHARE_BASE && <TakeAway base={SHARE_BASE} />}
        </>
      )}
      {phase === 'attract' && !crashed && <AttractOverlay />}
      {phase === 'countdown' && !crashed && <CountdownOverlay />}
      {crashed && <CrashNotice />}
      <VersionBadge />
    </div>
  );
}
