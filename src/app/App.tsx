import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { GraphCanvas } from '../canvas/GraphCanvas';
import { useT } from '../store/use-t';
import { formatProblemLine } from '../i18n/problem-messages';
import { DetailsPanel } from '../panels/DetailsPanel';
import { Filters } from '../panels/Filters';
import { Legend } from '../panels/Legend';
import { Outline } from '../panels/Outline';
import { ViewControls } from '../panels/ViewControls';
import { useApp } from '../store/app-store';
import { ErrorBoundary } from '../errors/ErrorBoundary';
import { HeaderControls } from './HeaderControls';
import { PhoneHeader } from './PhoneHeader';
import { DetailsSheetHandle } from './DetailsSheetHandle';
import './phone.css';
import { useKeyboard } from './use-keyboard';
import { useScreenShape } from './use-screen-shape';
import { LinkNotice } from '../url/LinkNotice';
import { useUrlSync } from '../url/use-url-sync';
import { startViewStore } from '../url/stored-view';
import { decodeView } from '../link-format/url-state';
import { graphPathOf } from '../link-format/graph-path';
import { loadGraph, openGraphPath } from '../data/graph-loader';
import { GraphPicker } from '../panels/GraphPicker';
import { ProblemsPanel } from '../panels/ProblemsPanel';
import { useFileDrop } from './use-file-drop';
import { CanvasSummary, CANVAS_SUMMARY_ID } from '../publish/CanvasSummary';
import { EDITING_KEY } from '../editor/draft-db';

type Sheet = 'outline' | 'legend' | null;

/** Presentation mode is its own chunk: loaded when a tour starts (or the link says ?present=). */
const Presentation = lazy(() => import('../tour/Presentation'));
/** The editor is its own chunks, fetched when an author opens it: readers never load them. */
const EditorSource = lazy(() => import('../editor/EditorSource'));
const EditorPanel = lazy(() => import('../editor/EditorPanel'));
const SourceReader = lazy(() => import('../editor/SourceReader'));

export function App() {
  const t = useT();
  const status = useApp((s) => s.status);
  const lang = useApp((s) => s.lang);
  const problems = useApp((s) => s.problems);
  const selected = useApp((s) => s.selected);
  const presenting = useApp((s) => s.tour !== null);
  const graphTitle = useApp((s) => s.model?.graph.meta.title[s.lang]);
  const editing = useApp((s) => s.editor.on);
  const compact = useApp((s) => s.compact);
  const detailsSheet = useApp((s) => s.detailsSheet);
  const detailsRef = useRef<HTMLElement>(null);
  const [sheet, setSheet] = useState<Sheet>(null);
  // Readers may read the source beside the graph, with what no node quotes marked.
  const [reading, setReading] = useState(false);
  useKeyboard();
  // The editor was open in this tab before a reload: it opens again where the author left off.
  useEffect(() => {
    if (sessionStorage.getItem(EDITING_KEY)) useApp.getState().openEditor();
  }, []);
  useScreenShape();
  useUrlSync();
  useEffect(() => startViewStore(), []);

  const dragging = useFileDrop(status === 'ready');

  useEffect(() => {
    // A link naming another graph opens that graph directly rather than the default one first.
    const path = graphPathOf(window.location.search);
    if (path)
      void openGraphPath(path).then(async (ok) => {
        if (!ok) await loadGraph();
      });
    else void loadGraph(decodeView(window.location.search).graphId);
  }, []);
  useEffect(() => {
    document.title = `${t('app.title')} · ${lang === 'zh' ? 'Taigu Strategy Graph' : '太谷战略图谱'}`;
  }, [lang, t]);

  const toggleSheet = (name: Exclude<Sheet, null>) => setSheet((s) => (s === name ? null : name));

  return (
    <div
      className="app"
      data-sheet={sheet ?? undefined}
      data-selected={selected ? 'yes' : undefined}
      data-present={presenting ? 'yes' : undefined}
      data-editing={editing ? 'yes' : undefined}
      data-details-sheet={compact && selected ? detailsSheet : undefined}
    >
      {compact ? (
        <PhoneHeader sheet={sheet} setSheet={setSheet} />
      ) : (
        <header className="app-header">
          <div className="brand">
            <h1>{t('app.title')}</h1>
            <p className="subtitle">{graphTitle ?? t('app.subtitle')}</p>
          </div>
          <ErrorBoundary name="graph-picker">
            <GraphPicker />
          </ErrorBoundary>
          <ErrorBoundary name="header">
            <HeaderControls />
          </ErrorBoundary>
          <div className="sheet-toggles" data-kiosk="hide">
            <button type="button" aria-expanded={sheet === 'outline'} onClick={() => toggleSheet('outline')}>
              {t('panel.outline')}
            </button>
            <button type="button" aria-expanded={sheet === 'legend'} onClick={() => toggleSheet('legend')}>
              {t('panel.legend')}
            </button>
          </div>
        </header>
      )}
      {status === 'ready' ? (
        <main className="app-main">
          {editing ? (
            <aside className="side side-left editor-side" aria-label={t('editor.source')}>
              <ErrorBoundary name="editor-source">
                <Suspense fallback={null}>
                  <EditorSource />
                </Suspense>
              </ErrorBoundary>
            </aside>
          ) : reading ? (
            <aside className="side side-left editor-side" aria-label={t('editor.read')} data-kiosk="hide">
              <ErrorBoundary name="source-reader">
                <Suspense fallback={null}>
                  <SourceReader onClose={() => setReading(false)} />
                </Suspense>
              </ErrorBoundary>
            </aside>
          ) : (
            <aside className="side side-left" aria-label={t('panel.outline')} data-kiosk="hide">
              <div className="legend-box">
                <ErrorBoundary name="legend">
                  <Legend />
                </ErrorBoundary>
              </div>
              <h2 className="outline-title">{t('outline.title')}</h2>
              <ErrorBoundary name="outline">
                <Outline />
              </ErrorBoundary>
              <ErrorBoundary name="filters">
                <Filters />
              </ErrorBoundary>
              <p className="muted small keys-hint">{t('keys.hint')}</p>
              <button type="button" aria-label={t('editor.readLabel')} onClick={() => setReading(true)}>
                {t('editor.read')}
              </button>
            </aside>
          )}
          <div className="stage">
            <ErrorBoundary name="controls">
              <ViewControls />
            </ErrorBoundary>
            <div className="canvas-wrap">
              <ErrorBoundary name="canvas">
                <GraphCanvas describedBy={CANVAS_SUMMARY_ID} />
              </ErrorBoundary>
              <CanvasSummary outline />
            </div>
          </div>
          <aside className="side side-right" aria-label={t('panel.details')} ref={detailsRef}>
            <button
              type="button"
              className="sheet-close"
              aria-label={t('details.close')}
              onClick={() => useApp.getState().select(null)}
            >
              ✕
            </button>
            {editing ? (
              <ErrorBoundary name="editor">
                <Suspense fallback={null}>
                  <EditorPanel />
                </Suspense>
              </ErrorBoundary>
            ) : (
              <>
                {compact && selected && <DetailsSheetHandle sheetRef={detailsRef} />}
                <ErrorBoundary name="details">
                  <DetailsPanel />
                </ErrorBoundary>
              </>
            )}
          </aside>
          {presenting && (
            <ErrorBoundary name="presentation">
              <Suspense fallback={null}>
                <Presentation />
              </Suspense>
            </ErrorBoundary>
          )}
          <LinkNotice />
          <ProblemsPanel />
          {dragging && (
            <div className="drop-overlay" aria-hidden="true">
              {t('graph.drop')}
            </div>
          )}
        </main>
      ) : (
        <main className="app-main status-only">
          {status !== 'error' && <p className="status">{t('app.loading')}</p>}
          {status === 'error' && (
            <div className="status error" role="alert">
              <p>{t('app.loadFailed')}</p>
              <ul>
                {problems.map((p, i) => (
                  <li key={i}>{formatProblemLine(p, lang)}</li>
                ))}
              </ul>
              <button type="button" onClick={() => void loadGraph()}>
                {t('app.retry')}
              </button>
            </div>
          )}
        </main>
      )}
    </div>
  );
}
