import { useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { useT } from '../store/use-t';
import { useApp } from '../store/app-store';

/** How far (px) the handle must be dragged before the sheet moves to its other height; less is a tap. */
const DRAG_THRESHOLD = 40;

/**
 * The top of a phone's details sheet: names the selection; a tap, or a drag down or up, lowers the sheet to a
 * strip (the graph shows above it) or raises it again. While dragged, the sheet follows the finger.
 */
export function DetailsSheetHandle({ sheetRef }: { sheetRef: RefObject<HTMLElement | null> }) {
  const t = useT();
  const state = useApp((s) => s.detailsSheet);
  const label = useApp((s) => (s.selected ? s.model?.nodes.get(s.selected)?.label[s.lang] : undefined));
  const drag = useRef<{ y: number; dy: number; id: number } | null>(null);
  const ignoreClick = useRef(false);
  const open = state === 'open';
  const set = (next: 'open' | 'peek') => useApp.getState().setDetailsSheet(next);
  const follow = (dy: number) => {
    const el = sheetRef.current;
    if (el) el.style.transform = dy ? `translateY(${open ? Math.max(0, dy) : Math.min(0, dy)}px)` : '';
  };

  const down = (e: ReactPointerEvent<HTMLButtonElement>) => {
    ignoreClick.current = false;
    if (e.pointerType === 'mouse') return; // a mouse clicks; fingers drag
    drag.current = { y: e.clientY, dy: 0, id: e.pointerId };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const move = (e: ReactPointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    d.dy = e.clientY - d.y;
    follow(d.dy);
  };
  const up = (e: ReactPointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    drag.current = null;
    follow(0);
    if (Math.abs(d.dy) < DRAG_THRESHOLD) return; // a tap: the click that follows toggles
    set(d.dy > 0 ? 'peek' : 'open');
    ignoreClick.current = true; // a click may follow the drag: it is not a tap
  };

  return (
    <button
      type="button"
      className="sheet-handle"
      aria-expanded={open}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={() => {
        drag.current = null;
        follow(0);
      }}
      onClick={() => {
        if (ignoreClick.current) {
          ignoreClick.current = false;
          return;
        }
        set(open ? 'peek' : 'open');
      }}
    >
      <span className="sheet-grip" aria-hidden="true" />
      <span className="sheet-handle-label">{label}</span>
      <span className="visually-hidden">{t(open ? 'phone.sheetLower' : 'phone.sheetRaise')}</span>
    </button>
  );
}
