import { useMemo } from 'react';
import { NODE_KINDS, RELATIONS } from '../domain/vocabulary';
import { useT } from '../store/use-t';
import { useApp } from '../store/app-store';
import { KindIcon } from './KindIcon';

export function Filters() {
  const t = useT();
  const model = useApp((s) => s.model);
  const hiddenKinds = useApp((s) => s.hiddenKinds);
  const hiddenRelations = useApp((s) => s.hiddenRelations);
  const present = useMemo(() => {
    const kinds = new Set(model?.graph.nodes.map((n) => n.kind));
    return NODE_KINDS.filter((k) => kinds.has(k));
  }, [model]);
  const app = useApp.getState();
  return (
    <section className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title">{t('filters.title')}</h2>
      <fieldset>
        <legend>{t('filters.kinds')}</legend>
        {present.map((k) => (
          <label key={k} className="check">
            <input type="checkbox" checked={!hiddenKinds.includes(k)} onChange={() => app.toggleKind(k)} />
            <KindIcon kind={k} size={14} />
            <span>{t(`kind.${k}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.relations')}</legend>
        {RELATIONS.map((r) => (
          <label key={r} className="check">
            <input
              type="checkbox"
              checked={!hiddenRelations.includes(r)}
              onChange={() => app.toggleRelation(r)}
            />
            <span>{t(`relation.${r}`)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
