import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../store/use-t';
import type { MessageKey } from '../i18n/zh';
import { snapshotOfApp, saveFile } from './export-api';
import {
  DEFAULT_EXPORT,
  EXPORT_BACKGROUNDS,
  EXPORT_SCOPES,
  SIZE_PRESETS,
  type ExportOptions,
} from './export-options';
import { exportFileName } from './file-name';
import { renderExport } from './run-export';
import { useExportPlan } from './use-export-plan';
import './export.css';

const MAX_CUSTOM = 100_000;

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
  const widthValid = (() => {
    const w = Number(widthText);
    return Number.isInteger(w) && w >= 1 && w <= MAX_CUSTOM;
  })();

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
      setResult({ ok: false, message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  const radios = <V extends string>(
    name: string,
    values: readonly V[],
    current: V,
    label: (v: V) => MessageKey,
    pick: (v: V) => void,
    disabled?: (v: V) => boolean,
  ) =>
    values.map((v) => (
      <label key={v} className="export-choice">
        <input
          type="radio"
          name={name}
          value={v}
          checked={current === v}
          disabled={disabled?.(v)}
          onChange={() => pick(v)}
        />
        <span>{t(label(v))}</span>
      </label>
    ));

  return (
    <dialog
      ref={dialog}
      className="export-dialog"
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
        <form className="export-form" onSubmit={(e) => (e.preventDefault(), void run())}>
          <fieldset>
            <legend>{t('export.scope')}</legend>
            {radios(
              'scope',
              EXPORT_SCOPES,
              options.scope,
              (s) => (s === 'branch' && !snapshot.selected ? 'export.scope.branchNone' : `export.scope.${s}`),
              (scope) => set({ scope }),
              (s) => s === 'branch' && !snapshot.selected,
            )}
          </fieldset>
          <fieldset>
            <legend>{t('export.size')}</legend>
            {radios(
              'size',
              SIZE_PRESETS,
              options.size,
              (s) => `export.size.${s}`,
              (size) => set({ size }),
            )}
            {options.size === 'custom' && (
              <label className="export-width">
                <span>{t('export.customWidth')}</span>
                <input
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={MAX_CUSTOM}
                  step={1}
                  value={widthText}
                  aria-invalid={!widthValid}
                  onChange={(e) => {
                    setWidthText(e.target.value);
                    const w = Number(e.target.value);
                    if (Number.isInteger(w) && w >= 1 && w <= MAX_CUSTOM) set({ customWidth: w });
                  }}
                />
              </label>
            )}
            {options.size === 'custom' && !widthValid && (
              <p className="export-error">{t('export.error.width')}</p>
            )}
            {(options.size === 'a4' || options.size === 'a3') && (
              <div className="export-inline" role="group" aria-label={t('export.orientation')}>
                {radios(
                  'orientation',
                  ['portrait', 'landscape'] as const,
                  options.orientation,
                  (o) => `export.orientation.${o}`,
                  (orientation) => set({ orientation }),
                )}
              </div>
            )}
          </fieldset>
          <fieldset>
            <legend>{t('export.background')}</legend>
            {radios(
              'background',
              EXPORT_BACKGROUNDS,
              options.background,
              (b) => `export.bg.${b}`,
              (background) => set({ background }),
            )}
          </fieldset>
          <fieldset>
            <legend>{t('export.include')}</legend>
            {(['title', 'legend', 'footer'] as const).map((k) => (
              <label key={k} className="export-choice">
                <input
                  type="checkbox"
                  checked={options[k]}
                  onChange={(e) => set({ [k]: e.target.checked })}
                />
                <span>{t(`export.include.${k}`)}</span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('export.format')}</legend>
            {radios(
              'format',
              ['png', 'svg'] as const,
              options.format,
              (f) => `export.format.${f}`,
              (format) => set({ format }),
            )}
          </fieldset>
        </form>
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
