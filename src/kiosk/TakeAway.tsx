import { useApp } from '../store/app-store';
import { useT } from '../store/use-t';
import QrCode from '../publish/QrCode';
import { qrLinkOf } from '../publish/share-links';
import { readKioskParams } from '../link-format/kiosk-params';
import './kiosk-take-away.css';

/** The site's public address the kiosk was started with (`?kiosk&share=https://…`), if any. */
export const SHARE_BASE = readKioskParams(window.location.search).share;

/**
 * "带走这个视图 · Take this view with you": a QR code of the site's public address with the visitor's view, so the
 * visitor can go on on their phone. The kiosk itself runs at 127.0.0.1, which a phone cannot open; so this is
 * shown only when the kiosk knows the public address.
 */
export function TakeAway({ base }: { base: string }) {
  const t = useT();
  const url = useApp((s) => qrLinkOf(s, base)?.url);
  const selected = useApp((s) => s.selected !== null);
  if (!url) return null;
  return (
    <section
      className="kiosk-take-away"
      data-beside-details={selected ? 'yes' : undefined}
      aria-labelledby="kiosk-take-away-title"
      data-testid="kiosk-take-away"
    >
      <h2 id="kiosk-take-away-title">{t('kiosk.takeAway')}</h2>
      <QrCode text={url} label={t('kiosk.takeAwayQr')} className="kiosk-take-away-qr" />
      <p>{t('kiosk.takeAwayHint')}</p>
    </section>
  );
}
