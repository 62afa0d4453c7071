import { lazy, Suspense } from 'react';
import { useApp } from '../store/app-store';
import { App } from './App';
import { ErrorBoundary } from '../errors/ErrorBoundary';
import { readEmbedParams } from '../link-format/embed-params';

/** The kiosk's overlays and controls: a separate chunk, fetched only in kiosk mode. */
const KioskLayer = lazy(() => import('../kiosk/KioskLayer'));
/** The view in another site's frame (`?embed`): its own chunk, fetched only then. */
const EmbedApp = lazy(() => import('../publish/EmbedApp'));
const EMBED = readEmbedParams(window.location.search).on;

/**
 * The app, plus in kiosk mode the kiosk layer beside it. The kiosk restarts the app after an error by bumping
 * `generation` (a fresh mount of everything, the store's data kept, so it works offline) and leaves it out in
 * safe mode. The outer boundary catches what no panel boundary does, so an error never blanks the page.
 */
export function Root() {
  const kiosk = useApp((s) => s.kiosk.on);
  const generation = useApp((s) => s.kiosk.generation);
  const safe = useApp((s) => s.kiosk.phase === 'safe');
  if (EMBED && !kiosk)
    return (
      <ErrorBoundary name="app">
        <Suspense fallback={null}>
          <EmbedApp />
        </Suspense>
      </ErrorBoundary>
    );
  return (
    <>
      {!safe && (
        <ErrorBoundary name="app" key={generation}>
          <App />
        </ErrorBoundary>
      )}
      {kiosk && (
        <ErrorBoundary name="kiosk" key={`kiosk-${generation}`}>
          <Suspense fallback={null}>
            <KioskLayer />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  );
}
