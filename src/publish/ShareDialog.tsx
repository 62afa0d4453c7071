import { useEffect, useRef, useState } from 'react';
import { useApp } from '../store/app-store';
import { useT } from '../store/use-t';
import { isLocalGraphId } from '../data/local-graphs';
import { DEFAULT_RATIO, embedCode, ratioText, RATIO_CHOICES, sameRatio } from '../link-format/embed-params';
import { embedLink, qrLinkOf, viewLink } from './share-links';
import { CopyField } from './CopyField';
import QrCode from './QrCode';
import '../styles/dialog.css';
import './share.css';

type PngState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed' };

/**
 * Sharing a view: its link, a QR code of it (or of a shorter form, said so), the code that embeds it in another
 * site's page, and a PNG of the view as framed on screen. The view cannot change while this modal is open.
 */
export default function ShareDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const state = useApp();
  const [ratio, setRatio] = useState(DEFAULT_RATIO);
  const [png, setPng] = useState<PngState>({ kind: 'idle' });
  const localOnly = isLocalGraphId(state.graphId) && !state.graphPath;
  const link = viewLink(state);
  const qr = qrLinkOf(state);
  const title = `${t('app.title')} · ${state.model?.graph.meta.title[state.lang] ?? ''}`.replace(/ · $/, '');
  const code = embedCode(embedLink(state, ratio), title, ratio);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.();
    return () => d?.close?.();
  }, []);

  const downloadPng = async () => {
    setPng({ kind: 'busy' });
    try {
      const { exportAndSave } = await import('../export/export-api');
      const made = await exportAndSave({ scope: 'view', size: 'screen2', link });
      setPng({ kind: 'done', file: made.name });
    } catch {
      setPng({ kind: 'failed' });
    }
  };

  const qrNote =
    qr?.form === 'full'
      ? t('share.qrFull', { m: qr.url.length })
      : t(qr?.form === 'selected' ? 'share.qrSelected' : 'share.qrShort', {
          n: link.length,
          m: qr?.url.length ?? 0,
        });

  return (
    <dialog
      ref={dialog}
      className="dialog-frame share-dialog"
      aria-labelledby="share-title"
      data-testid="share-dialog"
      onClose={onClose}
      onCancel={onClose}
    >
      <div className="share-head">
        <h2 id="share-title">{t('share.title')}</h2>
        <button type="button" onClick={onClose} aria-label={t('share.close')}>
          ✕
        </button>
      </div>
      <div className="share-body">
        <div className="share-main">
          <CopyField label={t('share.link')} value={link} button={t('share.copyLink')} testId="share-link" />
          {localOnly && <p className="share-warning">{t('share.localOnly')}</p>}
          <section className="share-section" aria-labelledby="share-embed">
            <h3 id="share-embed">{t('share.embed')}</h3>
            <label className="share-ratio">
              <span>{t('share.ratio')}</span>
              <select
                value={ratioText(ratio)}
                onChange={(e) => setRatio(RATIO_CHOICES.find((r) => ratioText(r) === e.target.value)!)}
              >
                {RATIO_CHOICES.map((r) => (
                  <option key={ratioText(r)} value={ratioText(r)}>
                    {ratioText(r)}
                    {sameRatio(r, DEFAULT_RATIO) ? ' ✓' : ''}
                  </option>
                ))}
              </select>
            </label>
            <CopyField
              label={t('share.embedCode')}
              value={code}
              button={t('share.copyCode')}
              multiline
              testId="share-embed-code"
            />
            <p className="share-hint">{t('share.embedHint')}</p>
          </section>
          <section className="share-section" aria-labelledby="share-image">
            <h3 id="share-image">{t('share.image')}</h3>
            <button type="button" disabled={png.kind === 'busy'} onClick={() => void downloadPng()}>
              {png.kind === 'busy' ? t('share.pngWorking') : t('share.png')}
            </button>
            <p role="status" className="share-status">
              {png.kind === 'done' ? t('share.pngDone', { file: png.file }) : ''}
              {png.kind === 'failed' ? t('share.pngFailed') : ''}
            </p>
          </section>
        </div>
        <section className="share-qr" aria-labelledby="share-qr-title">
          <h3 id="share-qr-title">{t('share.qr')}</h3>
          {qr && <QrCode text={qr.url} label={t('share.qrAlt', { url: qr.url })} className="share-qr-code" />}
          <p className="share-hint" data-testid="share-qr-note" data-form={qr?.form}>
            {qrNote}
          </p>
        </section>
      </div>
    </dialog>
  );
}
