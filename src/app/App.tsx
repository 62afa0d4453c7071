import { useEffect } from 'react';
import { GraphCanvas } from '../canvas/GraphCanvas';
import { useT } from '../i18n/use-t';
import { formatProblemLine } from '../i18n/problem-messages';
import { Legend } from '../panels/Legend';
import { useApp } from '../store/app-store';

export function App() {
  const t = useT();
  const status = useApp((s) => s.status);
  const lang = useApp((s) => s.lang);
  const theme = useApp((s) => s.theme);
  const problems = useApp((s) => s.problems);

  useEffect(() => {
    void useApp.getState().loadGraph();
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.documentElement.dataset.theme = theme;
    document.title = `${t('app.title')} · ${lang === 'zh' ? 'Taigu Strategy Graph' : '太谷战略图谱'}`;
  }, [lang, theme, t]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
        <div className="header-controls">
          <button
            type="button"
            aria-label={t('lang.switchLabel')}
            onClick={() => useApp.getState().setLang(lang === 'zh' ? 'en' : 'zh')}
          >
            {t('lang.switchTo')}
          </button>
          <button
            type="button"
            aria-label={t('theme.switchLabel')}
            aria-pressed={theme === 'dark'}
            onClick={() => useApp.getState().setTheme(theme === 'dark' ? 'light' : 'dark')}
          >
            {theme === 'dark' ? t('theme.light') : t('theme.dark')}
          </button>
        </div>
      </header>
      <main className="app-main">
        {status === 'ready' && <GraphCanvas />}
        {status === 'loading' && <p className="status">{t('app.loading')}</p>}
        {status === 'error' && (
          <div className="status error" role="alert">
            <p>{t('app.loadFailed')}</p>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{formatProblemLine(p, lang)}</li>
              ))}
            </ul>
          </div>
        )}
        <aside className="side">
          <Legend />
        </aside>
      </main>
    </div>
  );
}
