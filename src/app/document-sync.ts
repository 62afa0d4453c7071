import { useApp } from '../store/app-store';

/**
 * Mirrors language and theme onto <html> synchronously, from a store subscription made before any other:
 * the canvas reads its colours from CSS custom properties in the same store update, so the attribute must
 * already have changed by then (a React effect would run too late).
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
