import { useEffect, useState } from 'react';
import { useApp } from '../store/app-store';
import { saveDraft } from './draft-db';

const isTyping = (el: Element | null) =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;

/** Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes the last edit, except inside a field, which has its own. */
export function useUndoKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTyping(document.activeElement)) return;
      const key = e.key.toLowerCase();
      const app = useApp.getState();
      if (key === 'z' && !e.shiftKey) app.undoEdit();
      else if ((key === 'z' && e.shiftKey) || key === 'y') app.redoEdit();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export type SaveState = 'saving' | 'saved';

const SAVE_DELAY_MS = 300;

/** Keeps the draft on this device a moment after each edit, with the number of problems it has. */
export function useAutosave(problems: number): SaveState {
  const graph = useApp((s) => s.editor.history?.present);
  const draft = useApp((s) => s.editor.draft);
  const [saved, setSaved] = useState(graph);
  useEffect(() => {
    if (!graph || !draft) return;
    const timer = setTimeout(() => {
      void saveDraft({ ...draft, graph, savedAt: Date.now(), problems })
        .catch(console.error)
        .finally(() => setSaved(graph));
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [graph, draft, problems]);
  return saved === graph ? 'saved' : 'saving';
}
