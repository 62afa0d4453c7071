import { useApp } from '../store/app-store';

/**
 * Mirrors language and theme onto <html>, so the panels' colours and the page's language follow the store at once
 * (the canvas marks its own container with its scene's theme and does not depend on this).
 */
export function syncDocumentWithStore(): () => void {
  const apply = (lang: string, theme: string) => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.documentElement.dataset.theme = theme;
  };
  const { lang, theme } = useApp.getState();
  apply(lang, theme);
  return useApp.subscribe((s, prev) => {
    if (s.lang !== prev.lang || s.theme !== prev.theme) apply(s.lang, s.theme);
  });
}
