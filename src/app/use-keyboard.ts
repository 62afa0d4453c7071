import { useEffect } from 'react';
import { useApp } from '../store/app-store';
import { expandedOf } from '../view/expanded';

const isTyping = (el: Element | null) =>
  !!el &&
  (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement);

/**
 * Keys that act on the selection wherever focus is (except while typing): Esc clears the focus view,
 * + / − / Enter open, fold or toggle the selected node. The outline handles its own arrows.
 */
export function useKeyboard(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(document.activeElement) || e.altKey || e.ctrlKey || e.metaKey) return;
      const app = useApp.getState();
      if (e.key === 'Escape') {
        app.select(null);
        return;
      }
      const id = app.selected;
      if (!id || !app.model) return;
      const inTree = (document.activeElement as HTMLElement | null)?.closest?.('[role="tree"]');
      if (e.key === '-' && !inTree) app.collapse(id);
      else if ((e.key === '+' || e.key === '=') && !inTree) app.expand(id);
      else if (
        e.key === 'Enter' &&
        (document.activeElement as HTMLElement | null)?.dataset?.testid === 'graph-canvas'
      ) {
        if (expandedOf(app.model, app.ops).has(id)) app.collapse(id);
        else app.expand(id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
