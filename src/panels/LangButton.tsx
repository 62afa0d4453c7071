import { useApp } from '../store/app-store';
import { useT } from '../store/use-t';

/** Switches the language; it names the other language in that language (English, 中文). */
export function LangButton({ className }: { className?: string }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  return (
    <button
      type="button"
      className={className}
      aria-label={t('lang.switchLabel')}
      onClick={() => useApp.getState().setLang(lang === 'zh' ? 'en' : 'zh')}
    >
      <span lang={lang === 'zh' ? 'en' : 'zh-CN'}>{t('lang.switchTo')}</span>
    </button>
  );
}
