import { useMemo } from 'react';
import { useApp } from '../store/app-store';
import { useExpanded } from '../store/use-expanded';
import { useT } from '../store/use-t';
import { describeView } from './summary';

/** The id the canvas's aria-describedby points at. */
export const CANVAS_SUMMARY_ID = 'canvas-summary';

/**
 * The canvas's text alternative (out of sight, read by assistive technology through aria-describedby): what
 * is shown, in words, kept up to date; in the full app it also points to the outline.
 */
export function CanvasSummary({ outline = false }: { outline?: boolean }) {
  const t = useT();
  const model = useApp((s) => s.model);
  const lang = useApp((s) => s.lang);
  const selected = useApp((s) => s.selected);
  const hiddenKinds = useApp((s) => s.hiddenKinds);
  const hiddenRelations = useApp((s) => s.hiddenRelations);
  const expanded = useExpanded();
  const text = useMemo(
    () => (model ? describeView(model, expanded, { hiddenKinds, hiddenRelations }, selected, lang, t) : ''),
    [model, expanded, hiddenKinds, hiddenRelations, selected, lang, t],
  );
  return (
    <p id={CANVAS_SUMMARY_ID} className="visually-hidden" data-testid="canvas-summary">
      {text}
      {outline && text ? (lang === 'zh' ? '' : ' ') + t('summary.outline') : ''}
    </p>
  );
}
