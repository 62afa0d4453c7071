import { useEffect, useId, useRef, useState } from 'react';
import './present-picker.css';
import { useT } from '../store/use-t';
import { useApp } from '../store/app-store';

/**
 * "演示 / Present" in the header: opens a list of the graph's tours; choosing one starts presentation mode.
 * Absent when the graph has no tours (graphs opened from files have none).
 */
export function PresentButton() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const tours = useApp((s) => s.tours);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    window.addEventListener('pointerdown', onDown);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onDown);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);

  if (!tours.length) return null;
  return (
    <div className="present-picker" ref={box}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={t('present.openLabel')}
        onClick={() => setOpen((o) => !o)}
      >
        {t('present.open')}
      </button>
      {open && (
        <ul id={listId} className="present-list" aria-label={t('present.menu')}>
          {tours.map((tour) => (
            <li key={tour.id}>
              <button
                type="button"
                onClick={() => {
                  setOpen(false);
                  useApp.getState().startTour(tour.id);
                }}
              >
                <span>{tour.title[lang]}</span>
                <span className="muted small">{t('present.steps', { n: tour.steps.length })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
