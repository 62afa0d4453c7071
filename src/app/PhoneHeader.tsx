import { useEffect, useRef, useState } from 'react';
import { useT } from '../store/use-t';
import { useApp } from '../store/app-store';
import { SearchBox } from '../search/SearchBox';
import { ErrorBoundary } from '../errors/ErrorBoundary';
import { PhoneMenu } from './PhoneMenu';

type Sheet = 'outline' | 'legend' | null;

/**
 * A phone's header: one row, so the graph gets the screen. The short title, search behind an icon (it opens
 * across the whole row), the outline, and the menu with everything else.
 */
export function PhoneHeader({ sheet, setSheet }: { sheet: Sheet; setSheet(s: Sheet): void }) {
  const t = useT();
  const [searching, setSearching] = useState(false);
  const [menu, setMenu] = useState(false);
  const selected = useApp((s) => s.selected);
  const row = useRef<HTMLDivElement>(null);
  const searchButton = useRef<HTMLButtonElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const shownFor = useRef(selected);

  useEffect(() => {
    if (searching) row.current?.querySelector('input')?.focus();
  }, [searching]);
  // A result opened (it is selected): the search gives the row back, and the graph shows it.
  useEffect(() => {
    if (searching && selected !== shownFor.current) setSearching(false);
    shownFor.current = selected;
  }, [searching, selected]);

  const closeSearch = () => {
    setSearching(false);
    requestAnimationFrame(() => searchButton.current?.focus());
  };
  const closeMenu = () => {
    setMenu(false);
    requestAnimationFrame(() => menuButton.current?.focus());
  };

  return (
    <header className="app-header phone-header" data-kiosk="hide">
      {searching ? (
        <div className="phone-search" ref={row}>
          <ErrorBoundary name="search">
            <SearchBox />
          </ErrorBoundary>
          <button
            type="button"
            className="icon-button"
            aria-label={t('phone.searchClose')}
            onClick={closeSearch}
          >
            ✕
          </button>
        </div>
      ) : (
        <>
          <h1 className="phone-title" title={t('app.title')}>
            {t('app.shortTitle')}
          </h1>
          <button
            ref={searchButton}
            type="button"
            className="icon-button"
            aria-label={t('phone.search')}
            onClick={() => setSearching(true)}
          >
            <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
              <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
              <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
            </svg>
          </button>
          <button
            type="button"
            aria-label={t('panel.outline')}
            aria-expanded={sheet === 'outline'}
            onClick={() => setSheet(sheet === 'outline' ? null : 'outline')}
          >
            {t('phone.outline')}
          </button>
          <button
            ref={menuButton}
            type="button"
            aria-haspopup="dialog"
            aria-expanded={menu}
            onClick={() => setMenu(true)}
          >
            <span aria-hidden="true">☰ </span>
            {t('phone.menu')}
          </button>
        </>
      )}
      {menu && (
        <PhoneMenu
          onClose={closeMenu}
          onLegend={() => {
            setMenu(false);
            setSheet('legend');
          }}
        />
      )}
    </header>
  );
}
