import { loadGraph } from '../data/graph-loader';
import { useApp } from '../store/app-store';
import { useT } from '../store/use-t';
import { deleteDraft, EDITING_KEY } from './draft-db';
import { downloadGraph, downloadSheet, downloadSource } from './downloads';
import type { SaveState } from './use-editor-effects';

/** Undo, redo, where the draft is kept, the downloads, starting over and leaving. */
export function EditorToolbar({ problems, saved }: { problems: number; saved: SaveState }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const history = useApp((s) => s.editor.history);
  const draft = useApp((s) => s.editor.draft);
  if (!history || !draft) return null;
  const close = () => {
    const app = useApp.getState();
    const returnTo = app.editor.returnTo;
    sessionStorage.removeItem(EDITING_KEY);
    app.closeEditor();
    void loadGraph(returnTo?.startsWith('draft-') ? undefined : returnTo);
  };
  const startOver = () => {
    if (!window.confirm(t('editor.startOverConfirm'))) return;
    void deleteDraft().finally(() => useApp.getState().discardDraft());
  };
  return (
    <div className="editor-toolbar">
      <div className="editor-actions">
        <button
          type="button"
          aria-label={t('editor.undoLabel')}
          disabled={history.past.length === 0}
          onClick={() => useApp.getState().undoEdit()}
        >
          <span aria-hidden="true">↶ </span>
          {t('editor.undo')}
        </button>
        <button
          type="button"
          aria-label={t('editor.redoLabel')}
          disabled={history.future.length === 0}
          onClick={() => useApp.getState().redoEdit()}
        >
          <span aria-hidden="true">↷ </span>
          {t('editor.redo')}
        </button>
        <button type="button" onClick={close}>
          {t('editor.close')}
        </button>
      </div>
      <p className="muted small" role="status" data-testid="save-state" data-saved={saved}>
        {saved === 'saving'
          ? t('editor.saving')
          : problems
            ? t('editor.savedWithProblems', { n: problems })
            : t('editor.saved')}
      </p>
      <div className="editor-actions" role="group" aria-label={t('editor.downloads')}>
        <span className="muted small">{t('editor.downloads')}</span>
        <button type="button" onClick={() => downloadGraph(history.present)}>
          {t('editor.downloadGraph')}
        </button>
        <button type="button" onClick={() => downloadSource(history.present, draft.sourceText)}>
          {t('editor.downloadSource')}
        </button>
        <button type="button" onClick={() => void downloadSheet(history.present, lang)}>
          {t('editor.downloadSheet')}
        </button>
        <button type="button" onClick={startOver}>
          {t('editor.startOver')}
        </button>
      </div>
      {problems > 0 && <p className="editor-warning small">{t('editor.downloadWarning', { n: problems })}</p>}
    </div>
  );
}
