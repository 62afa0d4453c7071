import type { Figure } from '../domain/schema';
import { FIGURE_UNIT_NAMES, type FigureUnit } from '../domain/vocabulary';
import { joinList, splitList } from './columns';

/**
 * The `figures` cell: figures separated by `|`, each `<value><unit> <what in Chinese> / <what in English>`, as
 * `1275亿元 总投资 / total investment | 236个 重大项目 / major projects`. The unit may also stand apart
 * (`1275 亿元 总投资 / …`); a figure without a unit is `6 稳定的领域 / areas to keep stable`.
 */
export type FigureParse = { ok: true; figures: Figure[] } | { ok: false; text: string; unit?: string };

const units = new Set<string>(FIGURE_UNIT_NAMES.filter((u) => u !== ''));
const FIGURE = /^([-+]?\d+(?:\.\d+)?)([^\s\d][^\s]*)?(?:\s+(.*))?$/s;

export function parseFigures(cell: string): FigureParse {
  const figures: Figure[] = [];
  for (const text of splitList(cell)) {
    const slash = text.indexOf('/');
    const head = (slash < 0 ? text : text.slice(0, slash)).trim();
    const en = slash < 0 ? '' : text.slice(slash + 1).trim();
    const m = FIGURE.exec(head.replace(/(?<=\d),(?=\d{3})/g, ''));
    if (!m || !en) return { ok: false, text };
    let unit = m[2] ?? '';
    let what = (m[3] ?? '').trim();
    if (!unit) {
      // A unit standing apart is the first word, when it is one of the units.
      const [first, ...rest] = what.split(/\s+/);
      if (first && units.has(first) && rest.length) {
        unit = first;
        what = rest.join(' ');
      }
    }
    if (unit && !units.has(unit)) return { ok: false, text, unit };
    figures.push({ value: Number(m[1]), unit: unit as FigureUnit, what: { zh: what, en } });
  }
  return { ok: true, figures };
}

export const formatFigures = (figures: readonly Figure[]) =>
  joinList(figures.map((f) => `${f.value}${f.unit} ${f.what.zh} / ${f.what.en}`));
