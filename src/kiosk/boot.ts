import { useApp } from '../store/app-store';
import { decodeView } from '../link-format/url-state';
import { injectCrash } from '../errors/crash-signal';
import { keepAttractTourPlaying } from './attract-tour';
import { readCrashLog, wantsSafeMode } from './crash-log';
import { startIdleWatch } from './idle';
import { lockDown } from './lockdown';
import { applyUpdateAtReset, registerOffline } from './offline';
import { configureStart, resetToStart, startView } from './reset';
import { startSelfHeal } from './self-heal';
import { keepScreenAwake } from './wake-lock';
import './kiosk-lockdown.css';
import './kiosk-controls.css';
import './kiosk-overlays.css';

type KioskProbe = { injectError?: (part: string) => void };

/**
 * Everything kiosk mode runs for the life of the page, started once before the first render (main.tsx, only
 * with ?kiosk). Nothing here is ever stopped: a kiosk page lives until the machine restarts.
 */
export function bootKiosk(): void {
  // The start view: only the theme may be configured by the kiosk's address (`?kiosk&theme=dark`).
  const { theme, layout } = decodeView(window.location.search).view;
  configureStart({ theme, layout });
  const app = useApp.getState();
  app.restoreView(startView());

  lockDown();
  keepScreenAwake();
  registerOffline();
  if (wantsSafeMode(readCrashLog(), Date.now())) app.setKioskPhase('safe');
  startSelfHeal();
  keepAttractTourPlaying();
  startIdleWatch({
    wake() {
      resetToStart();
      useApp.getState().setKioskPhase('explore');
    },
    reset() {
      resetToStart();
      useApp.getState().setKioskPhase('attract');
      applyUpdateAtReset();
    },
    trySafeExit() {
      if (wantsSafeMode(readCrashLog(), Date.now())) return;
      resetToStart();
      useApp.getState().restartKiosk();
      useApp.getState().setKioskPhase('attract');
    },
  });

  // Test hook, honoured only here (kiosk mode): make a part fail as a bug would. A boundary name ('canvas',
  // 'details', 'outline', 'app', …) makes that boundary's render throw; 'window' and 'promise' fail outside React.
  const probe = window.__taigu as (typeof window.__taigu & KioskProbe) | undefined;
  if (probe)
    probe.injectError = (part: string) => {
      if (part === 'window')
        setTimeout(() => {
          throw new Error('injected error in a timer');
        });
      else if (part === 'promise') void Promise.reject(new Error('injected rejected promise'));
      else injectCrash(part);
    };
}
