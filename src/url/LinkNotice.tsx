import { useApp } from '../store/app-store';
import { useEffect, useState } from 'react';
import type { Translate } from '../i18n/translate';
import { useT } from '../store/use-t';
import type { UrlNotice } from '../link-format/url-state';
import './url.css';

/** How long the notice stays unless the reader is pointing at it or has focus inside it. */
export const NOTICE_MS = 10_000;

/** One sentence per kind of problem; ignored, adjusted and repeated parameters share one. */
function noticeLines(notices: readonly UrlNotice[], t: Translate): string[] {
  const lines: string[] = [];
  const unknown = notices.reduce((n, x) => (x.kind === 'unknown-ids' ? n + x.count : n), 0);
  if (unknown === 1) lines.push(t('notice.unknownId'));
  else if (unknown > 1) lines.push(t('notice.unknownIds', { count: unknown }));
  if (notices.some((n) => n.kind === 'graph-unavailable')) lines.push(t('notice.graphUnavailable'));
  if (notices.some((n) => n.kind === 'bad-value' || n.kind === 'clamped' || n.kind === 'duplicate-param'))
    lines.push(t('notice.badParams'));
  if (notices.some((n) => n.kind === 'too-long')) lines.push(t('notice.tooLong'));
  return lines;
}

/** A quiet, dismissable note when the link the page opened with had parts this graph cannot show. */
export function LinkNotice() {
  const t = useT();
  const notices = useApp((s) => s.linkNotices);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const lines = noticeLines(notices, t);
  const open = lines.length > 0;

  useEffect(() => {
    if (!open || hovered || focused) return;
    const timer = window.setTimeout(() => useApp.getState().dismissLinkNotices(), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [open, notices, hovered, focused]);

  return (
    <div
      className={open ? 'link-notice' : 'link-notice url-sr-only'}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      <div role="status" className="link-notice-text">
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {open && (
        <button
          type="button"
          className="link-notice-close"
          aria-label={t('notice.close')}
          onClick={() => {
            setFocused(false);
            setHovered(false);
            useApp.getState().dismissLinkNotices();
          }}
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M3 3 L13 13 M13 3 L3 13" />
          </svg>
        </button>
      )}
    </div>
  );
}
