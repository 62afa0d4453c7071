import type { Figure } from '../domain/schema';
import { FIGURE_UNIT_NAMES, type FigureUnit } from '../domain/vocabulary';
import { useT } from '../store/use-t';
import { TextField } from './TextField';

/** The node's figures, each a number with its unit and what it counts, in both languages. */
export function FiguresField({
  figures,
  onCommit,
}: {
  figures: readonly Figure[];
  onCommit(next: Figure[]): void;
}) {
  const t = useT();
  const change = (i: number, patch: Partial<Figure>) =>
    onCommit(figures.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <fieldset className="editor-figures">
      <legend>{t('editor.field.figures')}</legend>
      {figures.map((f, i) => (
        <div key={i} className="editor-figure">
          <TextField
            label={t('editor.field.figureValue')}
            lang="en"
            value={String(f.value)}
            invalid={!Number.isFinite(Number(f.value))}
            onCommit={(v) => {
              const value = Number(v.replace(/,/g, ''));
              if (Number.isFinite(value)) change(i, { value });
            }}
          />
          <label className="editor-field">
            {t('editor.field.figureUnit')}
            <select value={f.unit} onChange={(e) => change(i, { unit: e.target.value as FigureUnit })}>
              {FIGURE_UNIT_NAMES.map((u) => (
                <option key={u} value={u}>
                  {u || '—'}
                </option>
              ))}
            </select>
          </label>
          <TextField
            label={t('editor.field.figureWhatZh')}
            lang="zh-CN"
            value={f.what.zh}
            onCommit={(zh) => change(i, { what: { ...f.what, zh } })}
          />
          <TextField
            label={t('editor.field.figureWhatEn')}
            lang="en"
            value={f.what.en}
            onCommit={(en) => change(i, { what: { ...f.what, en } })}
          />
          <button type="button" onClick={() => onCommit(figures.filter((_, j) => j !== i))}>
            {t('editor.field.removeFigure')}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => onCommit([...figures, { value: 0, unit: '', what: { zh: '', en: '' } }])}
      >
        {t('editor.field.addFigure')}
      </button>
    </fieldset>
  );
}
