import { useMemo } from 'react';
import { useApp } from '../store/app-store';
import { useT } from '../store/use-t';
import { checkDraft } from './check-draft';
import { EdgesEditor } from './EdgesEditor';
import { EditorToolbar } from './EditorToolbar';
import { NodeFields } from './NodeFields';
import { PendingEdge } from './PendingEdge';
import { ProblemsList } from './ProblemsList';
import { useAutosave, useUndoKeys } from './use-editor-effects';
import './editor.css';

/** The details panel in the editor: the selected node's fields and relations, the live check, the downloads. */
export default function EditorPanel() {
  const t = useT();
  const graph = useApp((s) => s.editor.history?.present);
  const sourceText = useApp((s) => s.editor.draft?.sourceText);
  const selected = useApp((s) => s.selected);
  const lang = useApp((s) => s.lang);
  const problems = useMemo(
    () => (graph && sourceText !== undefined ? checkDraft(graph, sourceText) : []),
    [graph, sourceText],
  );
  const saved = useAutosave(problems.length);
  useUndoKeys();
  if (!graph) return null;
  const node = selected ? graph.nodes.find((n) => n.id === selected) : undefined;
  return (
    <div className="editor-panel" data-testid="editor-panel">
      <h2 className="details-title">{t('editor.open')}</h2>
      <EditorToolbar problems={problems.length} saved={saved} />
      <PendingEdge />
      <section aria-labelledby="editor-node-title">
        <h3 id="editor-node-title">
          {t('editor.node')}
          {node && (
            <span className="muted small">
              {' '}
              · {node.label[lang]} ({node.id})
            </span>
          )}
        </h3>
        {node ? (
          <>
            <NodeFields key={node.id} node={node} />
            <EdgesEditor graph={graph} id={node.id} />
          </>
        ) : (
          <p className="muted small">{t('editor.node.none')}</p>
        )}
      </section>
      <ProblemsList problems={problems} graph={graph} />
    </div>
  );
}
