import { useT } from '../store/use-t';
import { SearchBox } from '../search/SearchBox';
import { useApp } from '../store/app-store';
import { CopyLinkButton } from '../url/CopyLinkButton';
import { PresentButton } from '../tour/PresentButton';
import { ExportButton } from '../export/ExportButton';

export function HeaderControls() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const theme = useApp((s) => s.theme);
  const app = useApp.getState();
  return (
    <>
      <div className="header-search" data-kiosk="hide">
        <SearchBox />
      </div>
      <div className="header-controls" data-kiosk="hide">
        <PresentButton />
        <CopyLinkButton />
        <ExportButton />
        <button
          type="button"
          lang={lang === 'zh' ? 'en' : 'zh-CN'}
          aria-label={t('lang.switchLabel')}
          onClick={() => app.setLang(lang === 'zh' ? 'en' : 'zh')}
        >
          {t('lang.switchTo')}
        </button>
        <button
          type="button"
          aria-label={t('theme.switchLabel')}
          aria-pressed={theme === 'dark'}
          onClick={() => app.setTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          {theme === 'dark' ? t('theme.light') : t('theme.dark')}
        </button>
      </div>
    </>
  );
}
