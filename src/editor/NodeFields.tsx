import type { GraphNode } from '../domain/schema';
import type { NodePatch } from '../domain/graph-edits';
import { NODE_KINDS, type NodeKind } from '../domain/vocabulary';
import { useApp } from '../store/app-store';
import { useT } from '../store/use-t';
import { FiguresField } from './FiguresField';
import { GLOSSARY_TERMS } from './glossary-terms';
import { termsIn } from './propose';
import { TextField } from './TextField';

/** The selected node's words and numbers, in both languages; each field left is one edit. */
export function NodeFields({ node }: { node: GraphNode }) {
  const t = useT();
  const patch = (p: NodePatch) => useApp.getState().edit({ op: 'update-node', id: node.id, patch: p });
  const zhText = `${node.label.zh} ${node.summary.zh} ${(node.figures ?? []).map((f) => f.what.zh).join(' ')}`;
  const enText = `${node.label.en} ${node.summary.en}`.toLowerCase();
  const terms = termsIn(zhText, GLOSSARY_TERMS);
  const remove = () => {
    if (window.confirm(t('editor.deleteNodeConfirm', { label: node.label.zh })))
      useApp.getState().edit({ op: 'remove-node', id: node.id });
  };
  return (
    <div className="editor-node">
      <label className="editor-field">
        {t('editor.form.kind')}
        <select value={node.kind} onChange={(e) => patch({ kind: e.target.value as NodeKind })}>
          {NODE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <TextField
        label={t('editor.field.labelZh')}
        lang="zh-CN"
        maxLength={40}
        value={node.label.zh}
        onCommit={(zh) => patch({ label: { ...node.label, zh } })}
      />
      <TextField
        label={t('editor.field.labelEn')}
        lang="en"
        maxLength={80}
        value={node.label.en}
        onCommit={(en) => patch({ label: { ...node.label, en } })}
      />
      {terms.length > 0 && (
        <div className="editor-terms" aria-label={t('editor.terms')} role="group">
          <span className="muted small">{t('editor.terms')}</span>
          {terms.map((term) => (
            <button
              key={term.en}
              type="button"
              className="chip"
              aria-pressed={enText.includes(term.en.toLowerCase())}
              title={t('editor.termUse', { en: term.en })}
              onClick={() => {
                if (enText.includes(term.en.toLowerCase())) return;
                const en = node.summary.en.trim() ? `${node.summary.en.trim()} (${term.en})` : term.en;
                patch({ summary: { ...node.summary, en } });
              }}
            >
              {term.zh[0]} → {term.en}
            </button>
          ))}
        </div>
      )}
      <TextField
        label={t('editor.field.aliases')}
        lang="zh-CN"
        value={(node.aliases ?? []).join(' | ')}
        invalid={false}
        onCommit={(v) =>
          patch({
            aliases: v
              .split('|')
              .map((s) => s.trim())
              .filter(Boolean),
          })
        }
      />
      <TextField
        label={t('editor.field.summaryZh')}
        lang="zh-CN"
        multiline
        value={node.summary.zh}
        onCommit={(zh) => patch({ summary: { ...node.summary, zh } })}
      />
      <TextField
        label={t('editor.field.summaryEn')}
        lang="en"
        multiline
        value={node.summary.en}
        onCommit={(en) => patch({ summary: { ...node.summary, en } })}
      />
      <FiguresField figures={node.figures ?? []} onCommit={(figures) => patch({ figures })} />
      <p className="muted small">{t('editor.field.evidence', { n: node.evidence.paragraph })}</p>
      <blockquote className="evidence">{node.evidence.quote}</blockquote>
      <button type="button" className="danger" onClick={remove}>
        {t('editor.deleteNode')}
      </button>
    </div>
  );
}
