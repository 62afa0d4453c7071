import { useEffect, useState, type RefObject } from 'react';

/** Rows in a long outline share one height, so which rows are in view is arithmetic, not measurement. */
export const ROW_HEIGHT = 36;
/** Outlines this long are windowed: thousands of tree items would cost seconds to render on every expand. */
export const WINDOW_FROM = 400;
const OVERSCAN = 12;

export interface RowWindow {
  first: number;
  last: number;
}

/** The rows of `count` that are (nearly) in view inside the list's scrolling ancestor. */
export function rowsInView(count: number, scrollTop: number, listTop: number, height: number): RowWindow {
  const first = Math.max(0, Math.floor((scrollTop - listTop) / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop - listTop + height) / ROW_HEIGHT) + OVERSCAN);
  return { first, last: Math.max(first, last) };
}

function scroller(el: HTMLElement): HTMLElement {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const o = getComputedStyle(p).overflowY;
    if (o === 'auto' || o === 'scroll') return p;
  }
  return document.documentElement;
}

/**
 * Follows the scroll position of the list's scrolling ancestor. `ensure(i)` scrolls row i into view (keyboard
 * focus must land on a rendered row).
 */
export function useRowWindow(listRef: RefObject<HTMLElement | null>, count: number, on: boolean) {
  const [range, setRange] = useState<RowWindow>({ first: 0, last: Math.min(count, 60) });
  useEffect(() => {
    const list = listRef.current;
    if (!on || !list) return;
    const box = scroller(list);
    const update = () => {
      const top = list.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
      const next = rowsInView(count, box.scrollTop, top, box.clientHeight || 800);
      setRange((r) => (r.first === next.first && r.last === next.last ? r : next));
    };
    update();
    box.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      box.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [listRef, count, on]);

  const ensure = (index: number) => {
    const list = listRef.current;
    if (!on || !list) return;
    const box = scroller(list);
    const top = list.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    const y = top + index * ROW_HEIGHT;
    if (y < box.scrollTop) box.scrollTop = y;
    else if (y + ROW_HEIGHT > box.scrollTop + box.clientHeight)
      box.scrollTop = y + ROW_HEIGHT - box.clientHeight;
  };
  return { range: on ? range : { first: 0, last: count }, ensure };
}
