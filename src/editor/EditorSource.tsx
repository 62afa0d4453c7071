import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { sentenceCoverage } from '../domain/sentence-coverage';
import { useApp } from '../store/app-store';
import { useT } from '../store/use-t';
import { EDITING_KEY, loadDraft } from './draft-db';
import { NewNodeForm } from './NewNodeForm';
import { readSelection, type SourceSelection } from './selection';
import { SourceText } from './SourceText';
import { StartPanel } from './StartPanel';
import './editor.css';

/**
 * The source beside the graph: the text with what no quote uses marked, and the passage selected in it made a
 * node or the evidence of the selected node. Before there is a draft, the ways to start one.
 */
export default function EditorSource() {
  const t = useT();
  const history = useApp((s) => s.editor.history);
  const paragraphs = useApp((s) => s.paragraphs);
  const selected = useApp((s) => s.selected);
  const [booted, setBooted] = useState(!!history);
  const [selection, setSelection] = useState<SourceSelection>();
  const [creating, setCreating] = useState<SourceSelection>();
  const textRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    sessionStorage.setItem(EDITING_KEY, '1');
    if (useApp.getState().editor.history) return;
    // The draft this device kept is where the author left off: it opens as it was.
    void loadDraft().then((rec) => {
      if (rec && !useApp.getState().editor.history) useApp.getState().startDraft(rec);
      setBooted(true);
    });
  }, []);

  const graph = history?.present;
  const coverage = useMemo(
    () =>
      graph
        ? sentenceCoverage(
            paragraphs,
            [
              ...graph.nodes.map((n) => n.evidence),
              ...graph.edges.flatMap((e) => (e.evidence ? [e.evidence] : [])),
            ],
            graph.meta.source.frontMatter,
          )
        : undefined,
    [graph, paragraphs],
  );
  const onSelect = useCallback(() => {
    if (textRef.current) setSelection(readSelection(textRef.current, useApp.getState().paragraphs));
  }, []);

  if (!booted) return null;
  if (!graph || !coverage) return <StartPanel />;

  const takeAsEvidence = (passage = selection) => {
    if (!passage || !selected) return;
    const evidence = { quote: passage.text, paragraph: passage.paragraph };
    useApp.getState().edit({ op: 'update-node', id: selected, patch: { evidence } });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      // The page reports a selection change a moment later: a key pressed at once reads it here.
      const now = readSelection(e.currentTarget, paragraphs);
      setSelection(now);
      if (e.shiftKey) takeAsEvidence(now);
      else if (now) setCreating(now);
    }
    // Keys meant for the text (letters, +, −) must not fold or open nodes of the graph.
    if (!e.ctrlKey && !e.metaKey && e.key !== 'Escape' && e.key !== 'Tab') e.stopPropagation();
  };

  return (
    <section className="editor-source" aria-labelledby="editor-source-title">
      <h2 id="editor-source-title" className="outline-title">
        {t('editor.source')}
      </h2>
      <p
        className="editor-coverage"
        data-testid="coverage"
        data-uncovered={coverage.uncovered}
        aria-live="polite"
      >
        {coverage.uncovered === 0
          ? t('editor.coverageAll')
          : t('editor.coverage', {
              uncovered: coverage.uncovered,
              sentences: coverage.sentences,
              paragraphs: coverage.uncoveredParagraphs,
            })}
      </p>
      <div className="editor-actions">
        <button
          type="button"
          className="primary"
          disabled={!selection}
          title={t('editor.newNodeLabel')}
          onClick={() => setCreating(selection)}
        >
          {t('editor.newNode')}
        </button>
        <button
          type="button"
          disabled={!selection || !selected}
          title={t('editor.useEvidenceLabel')}
          onClick={() => takeAsEvidence()}
        >
          {t('editor.useEvidence')}
        </button>
      </div>
      <p className="muted small" aria-live="polite">
        {selection
          ? t('editor.selection', { n: selection.paragraph, chars: selection.text.length })
          : t('editor.selectHint')}
      </p>
      {creating && (
        <NewNodeForm
          key={`${creating.paragraph}:${creating.start}:${creating.end}`}
          graph={graph}
          selection={creating}
          onDone={() => {
            setCreating(undefined);
            textRef.current?.focus();
          }}
        />
      )}
      <SourceText
        ref={textRef}
        evidence={graph.nodes.find((n) => n.id === selected)?.evidence}
        paragraphs={paragraphs}
        coverage={coverage.paragraphs}
        onSelect={onSelect}
        onKeyDown={onKeyDown}
      />
    </section>
  );
}
