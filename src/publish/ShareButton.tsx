import { lazy, Suspense, useState } from 'react';
import { useT } from '../store/use-t';
import { useApp } from '../store/app-store';

// The dialog, the QR encoder and the embed code load when the control is first used, never with the app.
const ShareDialog = lazy(() => import('./ShareDialog'));

/** The header control that opens the share dialog (分享 / Share): link, QR code, embed code, picture. */
export function ShareButton() {
  const t = useT();
  const ready = useApp((s) => s.status === 'ready');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="share-button"
        aria-haspopup="dialog"
        title={t('share.openLabel')}
        disabled={!ready}
        onClick={() => setOpen(true)}
      >
        {t('share.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
