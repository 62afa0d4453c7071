import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Whether the embed's cover lies over the canvas. It starts down, so wheel and touch scrolling over the frame
 * scroll the host page; the reader lifts it (click, tap, Enter); Esc, the mouse leaving the frame, focus going
 * back to the host page (a click or tap on it) or the frame scrolled out of view put it back.
 */
export function useCover(): {
  covered: boolean;
  lift(byKeyboard: boolean): void;
  cover(): void;
  coverRef: React.RefObject<HTMLButtonElement | null>;
  doneRef: React.RefObject<HTMLButtonElement | null>;
} {
  const [covered, setCovered] = useState(true);
  const coverRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'cover' | 'done' | null>(null);

  const lift = useCallback((byKeyboard: boolean) => {
    focusNext.current = byKeyboard ? 'done' : null;
    setCovered(false);
  }, []);
  const cover = useCallback(() => {
    // Focus follows only when it was inside the frame (the host page's focus is never taken).
    focusNext.current = document.hasFocus() && document.activeElement !== document.body ? 'cover' : null;
    setCovered(true);
  }, []);

  useEffect(() => {
    const target = focusNext.current === 'cover' ? coverRef : focusNext.current === 'done' ? doneRef : null;
    focusNext.current = null;
    target?.current?.focus();
  }, [covered]);

  useEffect(() => {
    if (covered) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') cover();
    };
    const onOut = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && e.relatedTarget === null) setCovered(true);
    };
    const onBlur = () => setCovered(true);
    window.addEventListener('keydown', onKey);
    document.addEventListener('pointerout', onOut);
    window.addEventListener('blur', onBlur);
    // Scrolled out of the host page's view: the reader has moved on.
    const seen =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => {
            if (entries.some((e) => !e.isIntersecting)) setCovered(true);
          })
        : undefined;
    seen?.observe(document.documentElement);
    return () => {
      seen?.disconnect();
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerout', onOut);
      window.removeEventListener('blur', onBlur);
    };
  }, [covered, cover]);

  return { covered, lift, cover, coverRef, doneRef };
}
