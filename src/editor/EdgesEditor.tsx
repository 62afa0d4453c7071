import { useId, useState } from 'react';
import type { GraphEdge, GraphFile } from '../domain/schema';
import { RELATIONS, type Relation } from '../domain/vocabulary';
import { useApp } from '../store/app-store';
import { useT } from '../store/use-t';

const MAX_MATCHES = 8;

/** The node's relations, each deletable after a confirmation, and a new one to a node found by typing. */
export function EdgesEditor({ graph, id }: { graph: GraphFile; id: string }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const [relation, setRelation] = useState<Relation>('part-of');
  const [query, setQuery] = useState('');
  const listId = useId();
  const label = (nodeId: string) => graph.nodes.find((n) => n.id === nodeId)?.label[lang] ?? nodeId;
  const edges = graph.edges.filter((e) => e.source === id || e.target === id);
  const name = (e: GraphEdge) =>
    e.source === id
      ? t('editor.edge.out', { relation: t(`relation.${e.relation}`), target: label(e.target) })
      : t('editor.edge.in', { relation: t(`relation.${e.relation}`), source: label(e.source) });
  const remove = (e: GraphEdge) => {
    if (window.confirm(t('editor.edge.deleteConfirm', { edge: name(e) })))
      useApp.getState().edit({ op: 'remove-edge', source: e.source, target: e.target, relation: e.relation });
  };
  const q = query.trim().toLowerCase();
  const matches = q
    ? graph.nodes
        .filter((n) => n.id !== id)
        .filter((n) =>
          `${n.label.zh} ${n.label.en} ${n.id} ${(n.aliases ?? []).join(' ')}`.toLowerCase().includes(q),
        )
        .slice(0, MAX_MATCHES)
    : [];
  const add = (target: string) => {
    useApp.getState().edit({ op: 'add-edge', edge: { source: id, target, relation } });
    setQuery('');
  };

  return (
    <section className="editor-edges" aria-labelledby={`${listId}-title`}>
      <h3 id={`${listId}-title`}>{t('editor.edges')}</h3>
      {edges.length === 0 ? (
        <p className="muted small">{t('editor.edges.none')}</p>
      ) : (
        <ul className="editor-edge-list">
          {edges.map((e) => (
            <li key={`${e.source}>${e.target}>${e.relation}`}>
              <span>{name(e)}</span>
              <button
                type="button"
                aria-label={t('editor.edge.deleteLabel', { edge: name(e) })}
                onClick={() => remove(e)}
              >
                {t('editor.edge.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <fieldset className="editor-add-edge">
        <legend>{t('editor.edge.add')}</legend>
        <label className="editor-field">
          {t('editor.edge.relation')}
          <select value={relation} onChange={(e) => setRelation(e.target.value as Relation)}>
            {RELATIONS.map((r) => (
              <option key={r} value={r}>
                {t(`relation.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="editor-field">
          {t('editor.edge.target')}
          <input
            type="search"
            value={query}
            aria-controls={listId}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <ul id={listId} className="editor-matches" aria-live="polite">
          {q && matches.length === 0 && <li className="muted small">{t('editor.edge.noMatch')}</li>}
          {matches.map((n) => (
            <li key={n.id}>
              <button type="button" onClick={() => add(n.id)}>
                {t(`relation.${relation}`)} → {n.label[lang]} <span className="muted small">({n.id})</span>
              </button>
            </li>
          ))}
        </ul>
        <p className="muted small">{t('editor.edge.dragHint')}</p>
      </fieldset>
    </section>
  );
}
