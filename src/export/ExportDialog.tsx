import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../store/use-t';
import { snapshotOfApp, saveFile } from './export-api';
import { DEFAULT_EXPORT, exportErrorText, type ExportOptions } from './export-options';
import { ExportForm, validWidth } from './ExportForm';
import { exportFileName } from './file-name';
import { renderExport } from './run-export';
import { useExportPlan } from './use-export-plan';
import '../styles/dialog.css';
import './export.css';

/**
 * The export dialog: scope, size, background, what to include, format; a live preview of the framing; sizes the
 * browser cannot draw are refused here, with the largest that works offered instead.
 */
export default function ExportDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const snapshot = useMemo(() => snapshotOfApp(), []);
  const [options, setOptions] = useState<ExportOptions>(() => ({
    ...DEFAULT_EXPORT,
    layout: snapshot.layout,
    scope: snapshot.selected ? 'branch' : DEFAULT_EXPORT.scope,
  }));
  const [widthText, setWidthText] = useState(String(DEFAULT_EXPORT.customWidth));
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | undefined>();
  const plan = useExportPlan(snapshot, options);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.();
    return () => d?.close?.();
  }, []);

  const set = (patch: Partial<ExportOptions>) => {
    setResult(undefined);
    setOptions((o) => ({ ...o, ...patch }));
  };
  const widthValid = validWidth(widthText);

  const ready = plan.status === 'ready' ? plan : undefined;
  const tooLarge = ready && !ready.check.ok ? ready.check : undefined;
  const canExport = !!ready && !tooLarge && !busy && (options.size !== 'custom' || widthValid);
  const file = exportFileName(options.scope, new Date(), options.format);

  const run = async () => {
    if (!ready) return;
    setBusy(true);
    setResult(undefined);
    try {
      const made = await renderExport(ready.prepared, options);
      saveFile(made);
      setResult({ ok: true, message: t('export.done', { file: made.name }) });
    } catch (e) {
      setResult({ ok: false, message: exportErrorText(e, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog-frame export-dialog"
      aria-labelledby="export-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <div className="export-head">
        <h2 id="export-title">{t('export.title')}</h2>
        <button type="button" onClick={onClose} aria-label={t('export.cancel')}>
          ✕
        </button>
      </div>
      <div className="export-body">
        <ExportForm
          options={options}
          set={set}
          branchPossible={!!snapshot.selected}
          viewLayout={snapshot.layout}
          widthText={widthText}
          setWidthText={setWidthText}
          onSubmit={() => void run()}
        />
        <section className="export-side" aria-label={t('export.preview')}>
          <div className={`export-preview bg-${options.background}`}>
            {ready?.preview ? (
              <img src={ready.preview} alt={t('export.previewAlt')} />
            ) : (
              <p className="muted">{plan.status === 'error' ? '' : t('export.preparing')}</p>
            )}
          </div>
          <p className="export-summary" role="status" data-testid="export-summary">
            {ready &&
              t(ready.frame.dpi ? 'export.summaryDpi' : 'export.summary', {
                width: ready.frame.width,
                height: ready.frame.height,
                file,
              })}
          </p>
          {plan.status === 'error' && (
            <p className="export-error" role="alert">
              {plan.message}
            </p>
          )}
          {tooLarge && (
            <div className="export-error" role="alert">
              <p>
                {t('export.error.tooLarge', {
                  width: ready!.frame.width,
                  height: ready!.frame.height,
                  suggested: tooLarge.suggestedWidth,
                })}
              </p>
              {tooLarge.suggestedWidth > 0 && (
                <button
                  type="button"
                  onClick={() => {
                    setWidthText(String(tooLarge.suggestedWidth));
                    set({ size: 'custom', customWidth: tooLarge.suggestedWidth });
                  }}
                >
                  {t('export.useSuggested', { width: tooLarge.suggestedWidth })}
                </button>
              )}
            </div>
          )}
          {result && (
            <p className={result.ok ? 'export-done' : 'export-error'} role={result.ok ? 'status' : 'alert'}>
              {result.message}
            </p>
          )}
          <div className="export-actions">
            <button type="button" onClick={onClose}>
              {t('export.cancel')}
            </button>
            <button type="button" className="primary" disabled={!canExport} onClick={() => void run()}>
              {busy ? t('export.working') : t('export.download')}
            </button>
          </div>
        </section>
      </div>
    </dialog>
  );
}
