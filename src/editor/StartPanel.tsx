import { useId, useState } from 'react';
import type { Problem } from '../domain/problems';
import { emptyGraph } from '../domain/graph-edits';
import { formatProblemLine } from '../i18n/problem-messages';
import { ACCEPTED_FILES } from '../sheets/file-types';
import { useApp } from '../store/app-store';
import type { Draft } from '../store/editor-slice';
import { useT } from '../store/use-t';

const draftId = () => `draft-${Date.now().toString(36)}`;

/** Where a new draft comes from: a source text alone, the graph on screen, or a spreadsheet with its source. */
export function StartPanel() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const hasGraph = useApp((s) => !!s.model && s.model.order.length > 0);
  const [problems, setProblems] = useState<Problem[]>([]);
  const sourceId = useId();
  const sheetId = useId();
  const start = (draft: Draft) => {
    setProblems([]);
    useApp.getState().startDraft(draft);
  };

  const fromSource = async (file: File | undefined) => {
    if (!file) return;
    const read = await (await import('../sheets/source-file')).readSourceFile(file);
    if (!read.ok) return setProblems(read.problems);
    const graph = emptyGraph(read.text, file.name, new Date().getFullYear());
    start({ id: draftId(), graph, sourceText: read.text, fileName: file.name });
  };
  const fromSheet = async (files: FileList | null) => {
    if (!files?.length) return;
    const read = await (await import('../sheets/read-import-files')).readImportFiles([...files]);
    if (!read.ok) return setProblems(read.problems);
    start({ id: draftId(), graph: read.graph, sourceText: read.sourceText ?? '', fileName: read.fileName });
  };
  const fromScreen = () => {
    const { model, paragraphs, graphId } = useApp.getState();
    if (!model) return;
    start({
      id: draftId(),
      graph: model.graph,
      sourceText: paragraphs.join('\n\n'),
      fileName: `${graphId ?? 'graph'}.txt`,
    });
  };

  return (
    <section className="editor-start" aria-labelledby={`${sourceId}-title`}>
      <h2 id={`${sourceId}-title`}>{t('editor.start.title')}</h2>
      <p className="muted">{t('editor.start.intro')}</p>
      <button type="button" onClick={() => document.getElementById(sourceId)?.click()}>
        {t('editor.start.fromSource')}
      </button>
      <input
        id={sourceId}
        hidden
        type="file"
        accept=".txt,.docx"
        data-testid="editor-source-file"
        onChange={(e) => void fromSource(e.target.files?.[0])}
      />
      {hasGraph && (
        <button type="button" onClick={fromScreen}>
          {t('editor.start.fromGraph')}
        </button>
      )}
      <button type="button" onClick={() => document.getElementById(sheetId)?.click()}>
        {t('editor.start.fromSheet')}
      </button>
      <input
        id={sheetId}
        hidden
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        onChange={(e) => void fromSheet(e.target.files)}
      />
      {problems.length > 0 && (
        <div role="alert" className="editor-problems-list">
          <p>{t('editor.start.failed')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{formatProblemLine(p, lang)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
