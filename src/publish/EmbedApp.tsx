import { LangButton } from '../panels/LangButton';
import { useEffect } from 'react';
import { GraphCanvas } from '../canvas/GraphCanvas';
import { ErrorBoundary } from '../errors/ErrorBoundary';
import { useApp } from '../store/app-store';
import { camera } from '../store/camera';
import { useT } from '../store/use-t';
import { loadGraph, openGraphPath } from '../data/graph-loader';
import { graphPathOf } from '../link-format/graph-path';
import { decodeView } from '../link-format/url-state';
import { useUrlSync } from '../url/use-url-sync';
import { LinkNotice } from '../url/LinkNotice';
import { CanvasSummary, CANVAS_SUMMARY_ID } from './CanvasSummary';
import { viewLink } from './share-links';
import { useCover } from './use-cover';
import './embed.css';

/**
 * The view inside a frame on another site (`?embed`): the graph and a compact bar (title, zoom, language, the
 * full view in a new tab), no panels. A cover over the canvas keeps the host page scrolling until the reader
 * chooses the graph. Nothing is read from or kept in storage: framed by another site it may be partitioned or
 * refused, and a shared view shows what its link says.
 */
export default function EmbedApp() {
  const t = useT();
  const status = useApp((s) => s.status);
  const lang = useApp((s) => s.lang);
  const title = useApp((s) => s.model?.graph.meta.title[s.lang]);
  const link = useApp((s) => (s.model ? viewLink(s) : undefined));
  const { covered, lift, cover, coverRef, doneRef } = useCover();
  useUrlSync();

  useEffect(() => {
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

  return (
    <div className="embed" data-covered={covered ? 'yes' : undefined}>
      <header className="embed-bar">
        <h1 className="embed-title">{title ?? t('app.title')}</h1>
        <div className="embed-tools" role="toolbar" aria-label={t('embed.bar')}>
          {!covered && (
            <button type="button" ref={doneRef} title={t('embed.doneLabel')} onClick={cover}>
              {t('embed.done')}
            </button>
          )}
          <button
            type="button"
            aria-label={t('controls.zoomIn')}
            onClick={() => camera.zoom({ direction: 'in' })}
          >
            ＋
          </button>
          <button
            type="button"
            aria-label={t('controls.zoomOut')}
            onClick={() => camera.zoom({ direction: 'out' })}
          >
            －
          </button>
          <LangButton />
          {link && (
            <a
              className="embed-open"
              href={link}
              target="_blank"
              rel="noopener"
              title={t('embed.openFullHint')}
            >
              <span className="embed-open-text">{t('embed.openFull')}</span> <span aria-hidden="true">↗</span>
            </a>
          )}
        </div>
      </header>
      <main className="embed-stage">
        {status === 'ready' ? (
          <>
            <div className="canvas-wrap">
              <ErrorBoundary name="canvas">
                <GraphCanvas describedBy={CANVAS_SUMMARY_ID} />
              </ErrorBoundary>
              <CanvasSummary />
            </div>
            {covered && (
              <button
                type="button"
                ref={coverRef}
                className="embed-cover"
                aria-describedby="embed-cover-hint"
                data-testid="embed-cover"
                onClick={(e) => lift(e.detail === 0)}
              >
                <span className="embed-cover-label">
                  {t('embed.cover')} ·{' '}
                  <span lang={lang === 'zh' ? 'en' : 'zh-CN'}>{t('embed.coverOther')}</span>
                </span>
              </button>
            )}
            <p id="embed-cover-hint" className="visually-hidden">
              {t('embed.coverHint')}
            </p>
            <LinkNotice />
          </>
        ) : (
          <p className="status" role={status === 'error' ? 'alert' : undefined}>
            {status === 'error' ? t('app.loadFailed') : t('app.loading')}
          </p>
        )}
      </main>
    </div>
  );
}
