import { formatProblem, formatProblemPlace } from '../i18n/problem-messages';
import { useT } from '../store/use-t';
import { useApp } from '../store/app-store';

/** Every problem of a file that could not be opened, with where it is and what to do; the graph stays. */
export function ProblemsPanel() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const problems = useApp((s) => s.openProblems);
  const checking = useApp((s) => s.checkingFile);
  if (checking)
    return (
      <p className="problems-panel checking" role="status">
        {t('graph.checking')}
      </p>
    );
  if (!problems.length) return null;
  const file = problems[0]!.file;
  return (
    <section className="problems-panel" role="alert" aria-labelledby="problems-title">
      <div className="problems-head">
        <h2 id="problems-title">{t('problems.title', { file, n: problems.length })}</h2>
        <button
          type="button"
          aria-label={t('problems.close')}
          onClick={() => useApp.getState().dismissProblems()}
        >
          ✕
        </button>
      </div>
      <p className="muted">{t('problems.kept')}</p>
      <ol>
        {problems.slice(0, 200).map((p, i) => {
          // A spreadsheet's problem names its sheet, row and column; a graph file's, its JSON path.
          const place = formatProblemPlace(p, lang);
          return (
            <li key={i}>
              {place && <code>{place}</code>} <span>{formatProblem(p, lang)}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
