import { useEffect, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useT } from '../store/use-t';
import type { Lang } from '../i18n/lang';
import { KindIcon } from '../panels/KindIcon';
import { useApp } from '../store/app-store';
import { useSearchIndex } from './load-search-index';
import { searchNodes, type SearchHit } from './rank';
import type { SearchIndex } from './search-index';
import { compact } from './normalize';
import './search.css';

const LANG_TAG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/**
 * One search box for Chinese, pinyin (full and initials) and English: an ARIA combobox whose listbox
 * offers the ranked results. ↑ ↓ move, Enter opens the active result (or the first), Esc closes the list
 * and then clears the query. Opening a result expands the path down to it, selects it, and the canvas
 * centres it. `index` is for tests (otherwise the graph's built index is loaded).
 */
export function SearchBox({ index: override }: { index?: SearchIndex }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const model = useApp((s) => s.model);
  const index = useSearchIndex(override);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const pointer = useRef<string>('mouse');
  const baseId = useId();
  const listId = `${baseId}-list`;
  const optionId = (hit: SearchHit) => `${baseId}-${hit.id}`;

  const hits = useMemo(
    () => (index && model ? searchNodes(index, query).filter((h) => model.nodes.has(h.id)) : []),
    [index, model, query],
  );
  const hasQuery = compact(query) !== '';
  const listShown = open && hits.length > 0;
  const noResults = open && hasQuery && hits.length === 0;
  const current = listShown && active >= 0 && active < hits.length ? active : -1;
  const activeHit = current >= 0 ? hits[current] : undefined;

  useEffect(() => {
    if (current < 0) return;
    const el = listRef.current?.children[current];
    // jsdom has no scrollIntoView.
    if (el && 'scrollIntoView' in el) el.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    useApp.getState().reveal(hit.id);
    setOpen(false);
    setActive(-1);
    // On a touch screen the keyboard would cover the node being centred: let it go. Otherwise stay in the
    // box, so the reader can go on searching (↓ reopens the results).
    if (pointer.current === 'touch' || pointer.current === 'pen') inputRef.current?.blur();
    else inputRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    pointer.current = 'keyboard';
    // While a Chinese input method composes, Enter and the arrows belong to it (229: Safari's composing key).
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    const n = hits.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (n === 0) return;
        e.preventDefault();
        const down = e.key === 'ArrowDown';
        if (!listShown) {
          setOpen(true);
          setActive(down ? 0 : n - 1);
        } else if (current < 0) setActive(down ? 0 : n - 1);
        else setActive((current + (down ? 1 : n - 1)) % n);
        return;
      }
      case 'Enter':
        if (!listShown) return;
        e.preventDefault();
        choose(activeHit ?? hits[0]);
        return;
      case 'Escape':
        // Consumed here, so an app-wide Esc (clear the selection) does not also fire.
        if (listShown || noResults) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          e.preventDefault();
          e.stopPropagation();
          setQuery('');
        }
        return;
    }
  };

  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) {
      setOpen(false);
      setActive(-1);
    }
  };

  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const status = noResults
    ? t('search.noResults', { query: query.trim() })
    : listShown
      ? t('search.count', { count: hits.length })
      : '';

  return (
    <div className="search" onBlur={onBlur}>
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        className="search-input"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        aria-expanded={listShown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeHit ? optionId(activeHit) : undefined}
        autoComplete="off"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="search"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onPointerDown={(e) => {
          pointer.current = e.pointerType;
        }}
      />
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={t('search.results')}
        className="search-list"
        hidden={!listShown}
        // Keep focus in the box while a result is pressed.
        onMouseDown={(e) => e.preventDefault()}
        onPointerDown={(e) => {
          pointer.current = e.pointerType;
        }}
      >
        {hits.map((hit, i) => {
          const node = model?.nodes.get(hit.id);
          if (!node) return null;
          const alias = hit.field === 'alias' && !compact(node.label.zh).includes(compact(hit.text));
          return (
            <li
              key={hit.id}
              id={optionId(hit)}
              role="option"
              aria-selected={i === current}
              className="search-option"
              onClick={() => choose(hit)}
            >
              <KindIcon kind={node.kind} size={16} />
              <span className="search-option-label" lang={LANG_TAG[lang]}>
                {node.label[lang]}
              </span>
              <span className="search-option-kind">{t(`kind.${node.kind}`)}</span>
              <span className="search-option-other" lang={LANG_TAG[other]}>
                {node.label[other]}
              </span>
              {alias && (
                <span className="search-option-alias" lang={LANG_TAG[lang]}>
                  {t('search.alias', { name: hit.text })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {/* One live region: the visible "no results" message, or the number of results for screen readers. */}
      <p role="status" className={noResults ? 'search-empty' : 'visually-hidden'}>
        {status}
      </p>
    </div>
  );
}
