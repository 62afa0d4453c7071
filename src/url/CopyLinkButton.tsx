import { useEffect, useRef, useState } from 'react';
import { useApp } from '../store/app-store';
import { isLocalGraphId } from '../data/local-graphs';
import { useT } from '../store/use-t';
import './url.css';

/** How long "Link copied" stays before the status clears. */
export const COPIED_MS = 2000;

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/**
 * Copies the address of the current view. Where the clipboard is not available (an http kiosk, a denied
 * permission) it shows the address in a read-only field, selected, with a message to copy it by hand.
 */
export function CopyLinkButton() {
  const t = useT();
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  // A graph opened from a file lives only in this browser: the link would not show it to anyone else.
  const localOnly = useApp((s) => isLocalGraphId(s.graphId) && !s.graphPath);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.kind !== 'copied') return;
    const timer = window.setTimeout(() => setState({ kind: 'idle' }), COPIED_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  useEffect(() => {
    if (state.kind !== 'manual') return;
    field.current?.focus();
    field.current?.select();
  }, [state]);

  const copy = async () => {
    const url = window.location.href;
    try {
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (typeof clipboard?.writeText !== 'function') throw new Error('no clipboard');
      await clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', url });
    }
  };

  const message =
    state.kind === 'copied'
      ? t(localOnly ? 'link.localOnly' : 'link.copied')
      : state.kind === 'manual'
        ? t('link.copyManually')
        : '';
  return (
    <div className="copy-link">
      <button type="button" className="copy-link-button" onClick={() => void copy()}>
        {t('link.copy')}
      </button>
      <div className={state.kind === 'idle' ? 'copy-link-pop url-sr-only' : 'copy-link-pop'}>
        <p role="status" className="copy-link-status">
          {message}
        </p>
        {state.kind === 'manual' && (
          <input
            ref={field}
            className="copy-link-field"
            type="url"
            readOnly
            value={state.url}
            aria-label={t('link.field')}
            onFocus={(e) => e.currentTarget.select()}
            onBlur={() => setState({ kind: 'idle' })}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setState({ kind: 'idle' });
            }}
          />
        )}
      </div>
    </div>
  );
}
