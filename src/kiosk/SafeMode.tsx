import { useEffect, useState } from 'react';
import { decodeView } from '../link-format/url-state';
import { useT } from '../store/use-t';
import { useApp } from '../store/app-store';
import { loadGraph } from '../data/graph-loader';
import { KioskOutline } from './KioskOutline';

/**
 * After repeated crashes: a static overview instead of a restart loop — no canvas, no layout, only the
 * plan's outline as big buttons with their summaries, and the language switch. The idle watch tries the
 * full app again after a quiet spell.
 */
export function SafeMode() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const model = useApp((s) => s.model);
  const [picked, setPicked] = useState<string | null>(null);
  useEffect(() => {
    // Safe mode from the first moment (crashes before a reload): the app never mounted to load the graph.
    if (useApp.getState().status === 'idle') void loadGraph(decodeView(window.location.search).graphId);
  }, []);
  const node = picked ? model?.nodes.get(picked) : undefined;
  return (
    <div className="kiosk-safe" data-testid="kiosk-safe">
      <header className="kiosk-safe-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p>{model?.graph.meta.title[lang] ?? t('app.subtitle')}</p>
        </div>
        <button
          type="button"
          aria-label={t('lang.switchLabel')}
          onClick={() => useApp.getState().setLang(lang === 'zh' ? 'en' : 'zh')}
        >
          <span lang={lang === 'zh' ? 'en' : 'zh-CN'}>{t('lang.switchTo')}</span>
        </button>
      </header>
      <p className="kiosk-safe-note">{t('kiosk.safeNote')}</p>
      <div className="kiosk-safe-body">
        <KioskOutline summaries picked={picked} onPick={setPicked} />
        {node && (
          <article className="kiosk-safe-detail" aria-live="polite">
            <h2>{node.label[lang]}</h2>
            <p>{node.summary[lang]}</p>
          </article>
        )}
      </div>
    </div>
  );
}
