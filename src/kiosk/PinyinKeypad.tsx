import { useMemo } from 'react';
import { useT } from '../store/use-t';
import { KindIcon } from '../panels/KindIcon';
import { searchNodes } from '../search/rank';
import { useSearchIndex } from '../search/load-search-index';
import { useApp } from '../store/app-store';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const MAX_LETTERS = 8;
const MAX_RESULTS = 6;

/**
 * Search without a keyboard: A–Z buttons type pinyin initials (gcy → 谷城院), the graph's own search index ranks
 * the matches, a tap on a result reveals it. The query lives in the store so an idle reset clears it.
 */
export function PinyinKeypad({ onPick }: { onPick(id: string): void }) {
  const t = useT();
  const query = useApp((s) => s.kiosk.query);
  const lang = useApp((s) => s.lang);
  const model = useApp((s) => s.model);
  const index = useSearchIndex();
  const hits = useMemo(
    () =>
      index && model && query
        ? searchNodes(index, query.toLowerCase()).filter((h) => model.nodes.has(h.id))
        : [],
    [index, model, query],
  );
  const setQuery = (q: string) => useApp.getState().updateKiosk({ query: q.slice(0, MAX_LETTERS) });
  return (
    <section className="kiosk-panel kiosk-keypad" aria-label={t('kiosk.keypadTitle')}>
      <h2>{t('kiosk.keypadTitle')}</h2>
      <p className="kiosk-hint">{t('kiosk.keypadHint')}</p>
      <div
        className="kiosk-query"
        role="status"
        aria-label={t('kiosk.keypadQuery')}
        data-testid="kiosk-query"
      >
        {query || '\u00a0'}
      </div>
      <div className="kiosk-letters">
        {LETTERS.map((l) => (
          <button key={l} type="button" onClick={() => setQuery(query + l)}>
            {l}
          </button>
        ))}
        <button type="button" className="wide" onClick={() => setQuery(query.slice(0, -1))}>
          {t('kiosk.backspace')}
        </button>
        <button type="button" className="wide" onClick={() => setQuery('')}>
          {t('kiosk.clear')}
        </button>
      </div>
      <ul className="kiosk-results" aria-label={t('search.results')}>
        {hits.slice(0, MAX_RESULTS).map((h) => {
          const node = model!.nodes.get(h.id)!;
          return (
            <li key={h.id}>
              <button type="button" className="kiosk-entry" data-id={h.id} onClick={() => onPick(h.id)}>
                <KindIcon kind={node.kind} size={22} />
                <span className="kiosk-entry-label">{node.label[lang]}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {query && hits.length === 0 && <p className="kiosk-hint">{t('kiosk.noResults')}</p>}
    </section>
  );
}
