import { NODE_KINDS, RELATIONS, type NodeKind } from '../domain/vocabulary';
import { useT } from '../store/use-t';
import { KindIcon } from './KindIcon';

export function Legend({ kinds = NODE_KINDS }: { kinds?: readonly NodeKind[] }) {
  const t = useT();
  return (
    <details className="legend" open>
      <summary>{t('legend.title')}</summary>
      <ul className="legend-kinds" aria-label={t('legend.kinds')}>
        {kinds.map((k) => (
          <li key={k}>
            <KindIcon kind={k} />
            <span>{t(`kind.${k}`)}</span>
          </li>
        ))}
      </ul>
      <ul className="legend-relations" aria-label={t('legend.relations')}>
        {RELATIONS.map((r) => (
          <li key={r}>
            <svg width="36" height="12" aria-hidden="true" className={`rel-icon rel-${r}`}>
              <line x1="2" y1="6" x2={r === 'supports' ? 28 : 34} y2="6" />
              {r === 'supports' && <path d="M27 1 L35 6 L27 11 Z" />}
            </svg>
            <span>{t(`relation.${r}`)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
