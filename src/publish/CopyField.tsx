import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../store/use-t';

/** How long "Copied" stays. */
const COPIED_MS = 2500;

/**
 * A read-only text (a link or embed code) with a copy button. Where the clipboard is unavailable (plain http, a
 * denied permission) the text is selected and the reader is told to copy it by hand.
 */
export function CopyField({
  label,
  value,
  button,
  multiline = false,
  testId,
}: {
  label: string;
  value: string;
  button: string;
  multiline?: boolean;
  testId: string;
}) {
  const t = useT();
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // What was said about which text: a changed text (another aspect ratio) clears it.
  const [said, setSaid] = useState<{ status: 'idle' | 'copied' | 'manual'; of: string }>({
    status: 'idle',
    of: value,
  });
  const status = said.of === value ? said.status : 'idle';
  const setStatus = (s: 'idle' | 'copied' | 'manual') => setSaid({ status: s, of: value });
  useEffect(() => {
    if (said.status !== 'copied') return;
    const timer = window.setTimeout(() => setSaid((x) => ({ ...x, status: 'idle' })), COPIED_MS);
    return () => window.clearTimeout(timer);
  }, [said]);

  const copy = async () => {
    try {
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (typeof clipboard?.writeText !== 'function') throw new Error('no clipboard');
      await clipboard.writeText(value);
      setStatus('copied');
    } catch {
      field.current?.focus();
      field.current?.select();
      setStatus('manual');
    }
  };
  const common = {
    id,
    ref: field,
    readOnly: true,
    value,
    className: 'share-field',
    'data-testid': testId,
    onFocus: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => e.currentTarget.select(),
  };
  return (
    <div className="share-copy">
      <label htmlFor={id}>{label}</label>
      <div className="share-copy-row">
        {multiline ? <textarea rows={4} spellCheck={false} {...common} /> : <input type="url" {...common} />}
        <button type="button" onClick={() => void copy()}>
          {button}
        </button>
      </div>
      <p role="status" className="share-status">
        {status === 'copied' ? t('share.copied') : status === 'manual' ? t('share.copyFailed') : ''}
      </p>
    </div>
  );
}
