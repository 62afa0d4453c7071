import { useEffect, useId, useRef, useState } from 'react';
import type { GraphFile, GraphNode } from '../domain/schema';
import { NODE_KINDS, type NodeKind } from '../domain/vocabulary';
import { idGenerator } from '../sheets/node-ids';
import { useApp } from '../store/app-store';
import { useT } from '../store/use-t';
import { proposeLabel } from './propose';
import type { SourceSelection } from './selection';

interface Props {
  graph: GraphFile;
  selection: SourceSelection;
  onDone(): void;
}

/** A node from a selected passage: its quote is the passage verbatim; the author names it and places it. */
export function NewNodeForm({ graph, selection, onDone }: Props) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const selected = useApp((s) => s.selected);
  const [zh, setZh] = useState(() => proposeLabel(selection.text));
  const [en, setEn] = useState('');
  const [kind, setKind] = useState<NodeKind>(graph.nodes.length ? 'measure' : 'vision');
  const [parent, setParent] = useState(selected ?? '');
  const first = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => first.current?.focus(), []);

  const create = () => {
    const labelZh = zh.trim();
    const labelEn = en.trim();
    if (!labelZh) return first.current?.focus();
    const nodeId = idGenerator(new Set(graph.nodes.map((n) => n.id)))(labelEn, labelZh);
    const node: GraphNode = {
      id: nodeId,
      kind,
      label: { zh: labelZh, en: labelEn },
      // The quote is where a summary starts; the author rewrites both languages in the details.
      summary: { zh: selection.text.slice(0, 2000), en: labelEn },
      evidence: { quote: selection.text, paragraph: selection.paragraph },
    };
    useApp.getState().edit({ op: 'add-node', node, ...(parent ? { parent } : {}) });
    onDone();
  };

  return (
    <form
      className="editor-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        create();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone();
        }
      }}
    >
      <h3 id={`${id}-title`}>{t('editor.form.title')}</h3>
      <p className="editor-quote">
        <span className="muted small">
          {t('editor.form.quote')} · {t('details.paragraph', { n: selection.paragraph })}
        </span>
        <q data-testid="new-node-quote">{selection.text}</q>
      </p>
      <label>
        {t('editor.form.labelZh')}
        <input
          ref={first}
          lang="zh-CN"
          value={zh}
          maxLength={40}
          required
          onChange={(e) => setZh(e.target.value)}
        />
      </label>
      <label>
        {t('editor.form.labelEn')}
        <input lang="en" value={en} maxLength={80} onChange={(e) => setEn(e.target.value)} />
      </label>
      <label>
        {t('editor.form.kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as NodeKind)}>
          {NODE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('editor.form.parent')}
        <select value={parent} onChange={(e) => setParent(e.target.value)}>
          <option value="">{t('editor.form.noParent')}</option>
          {graph.nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {n.label[lang]} ({n.id})
            </option>
          ))}
        </select>
      </label>
      <div className="editor-actions">
        <button type="submit" className="primary">
          {t('editor.form.create')}
        </button>
        <button type="button" onClick={onDone}>
          {t('editor.form.cancel')}
        </button>
      </div>
    </form>
  );
}
