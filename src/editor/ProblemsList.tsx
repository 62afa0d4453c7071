import { formatProblem } from '../i18n/problem-messages';
import type { GraphFile } from '../domain/schema';
import { useApp } from '../store/app-store';
import { useT } from '../store/use-t';
import type { DraftProblem } from './check-draft';
import { problemNode } from './propose';

/** The live check: every problem, each a link to the node it is about. */
export function ProblemsList({ problems, graph }: { problems: readonly DraftProblem[]; graph: GraphFile }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  return (
    <section className="editor-problems" aria-labelledby="editor-problems-title">
      <h3 id="editor-problems-title">
        {t('editor.problems')}
        {problems.length > 0 && (
          <span className="editor-badge" data-testid="problem-count">
            {t('editor.problemsCount', { n: problems.length })}
          </span>
        )}
      </h3>
      {problems.length === 0 ? (
        <p className="muted small" data-testid="problems-none">
          {t('editor.problemsNone')}
        </p>
      ) : (
        <ul className="editor-problem-list">
          {problems.map((p, i) => {
            const id = p.kind === 'valid' ? problemNode(p.problem, graph) : p.where.split(' → ')[0];
            const text = p.kind === 'valid' ? formatProblem(p.problem, lang) : `[${p.rule}] ${p.detail}`;
            const path = p.kind === 'valid' ? p.problem.path : p.path;
            return (
              <li key={i}>
                {id && graph.nodes.some((n) => n.id === id) ? (
                  <button type="button" className="link" onClick={() => useApp.getState().reveal(id)}>
                    {t('editor.problem.node', { id })}
                  </button>
                ) : (
                  <code>{path || 'graph.json'}</code>
                )}{' '}
                {text}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
