import { lazy, Suspense, useEffect, useState } from 'react';
import { useT } from '../store/use-t';
import { useApp } from '../store/app-store';
import { installExportHook } from './export-hook';
import './export-button.css';

// The dialog and all export code load when the control is first used, never with the app.
const ExportDialog = lazy(() => import('./ExportDialog'));

/** The header control that opens the export dialog (导出 PNG / Export PNG). */
export function ExportButton() {
  const t = useT();
  const ready = useApp((s) => s.status === 'ready');
  const [open, setOpen] = useState(false);
  useEffect(() => installExportHook(), []);
  return (
    <>
      <button
        type="button"
        className="export-button"
        aria-haspopup="dialog"
        title={t('export.openLabel')}
        disabled={!ready}
        onClick={() => setOpen(true)}
      >
        {t('export.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
