import { LangButton } from '../panels/LangButton';
import { useT } from '../store/use-t';
import { SearchBox } from '../search/SearchBox';
import { useApp } from '../store/app-store';
import { ShareButton } from '../publish/ShareButton';
import { PresentButton } from '../tour/PresentButton';
import { ExportButton } from '../export/ExportButton';
import './edit-button.css';

/** 编辑 · Edit: opens the editor (its code loads then); never in the kiosk. */
function EditButton() {
  const t = useT();
  const kiosk = useApp((s) => s.kiosk.on);
  const editing = useApp((s) => s.editor.on);
  if (kiosk) return null;
  return (
    <button
      type="button"
      className="edit-button"
      aria-label={t('editor.openLabel')}
      aria-pressed={editing}
      onClick={() => useApp.getState().openEditor()}
    >
      {t('editor.open')}
    </button>
  );
}

/** The language and theme switches: in the header, or a phone's menu. */
export function LangThemeButtons() {
  const t = useT();
  const theme = useApp((s) => s.theme);
  const app = useApp.getState();
  // The button names the theme it switches to (its name changes with it, so it is no toggle with a pressed state).
  const next = theme === 'dark' ? t('theme.light') : t('theme.dark');
  return (
    <>
      <LangButton />
      <button
        type="button"
        aria-label={t('theme.switchLabel', { theme: next })}
        onClick={() => app.setTheme(theme === 'dark' ? 'light' : 'dark')}
      >
        {next}
      </button>
    </>
  );
}

export function HeaderControls() {
  return (
    <>
      <div className="header-search" data-kiosk="hide">
        <SearchBox />
      </div>
      <div className="header-controls" data-kiosk="hide">
        <PresentButton />
        <ShareButton />
        <ExportButton />
        <EditButton />
        <LangThemeButtons />
      </div>
    </>
  );
}
