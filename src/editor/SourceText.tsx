import { forwardRef, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ParagraphSentences } from '../domain/sentence-coverage';
import { useT } from '../store/use-t';

interface Props {
  paragraphs: readonly string[];
  coverage: readonly ParagraphSentences[];
  /** The selection changed (mouse or keyboard). */
  onSelect(): void;
  onKeyDown(e: KeyboardEvent<HTMLDivElement>): void;
}

/** Sentences no quote uses are marked; the rest of the paragraph is plain text (data never becomes HTML). */
function Paragraph({
  text,
  row,
  uncoveredLabel,
}: {
  text: string;
  row?: ParagraphSentences;
  uncoveredLabel: string;
}) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const s of row?.counted ? row.sentences : []) {
    if (s.covered) continue;
    if (s.start > at) parts.push(text.slice(at, s.start));
    parts.push(
      <span key={s.start} className="uncovered" title={uncoveredLabel}>
        {text.slice(s.start, s.end)}
      </span>,
    );
    at = s.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/**
 * The source as the author reads it. It is an editable region only so that the keyboard can move a caret and
 * select with Shift+arrows, as in any text; every change to the text itself is refused, so what is selected is
 * always the source verbatim.
 */
export const SourceText = forwardRef<HTMLDivElement, Props>(function SourceText(
  { paragraphs, coverage, onSelect, onKeyDown },
  ref,
) {
  const t = useT();
  const own = useRef<HTMLDivElement | null>(null);
  // Text an input method composed cannot be refused beforehand: drawing the paragraphs afresh puts it back.
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const el = own.current!;
    const refuse = (e: Event) => e.preventDefault();
    const restore = () => setGeneration((g) => g + 1);
    el.addEventListener('beforeinput', refuse);
    el.addEventListener('compositionend', restore);
    const onSelection = () => {
      if (document.activeElement === el || el.contains(window.getSelection()?.anchorNode ?? null)) onSelect();
    };
    document.addEventListener('selectionchange', onSelection);
    return () => {
      el.removeEventListener('beforeinput', refuse);
      el.removeEventListener('compositionend', restore);
      document.removeEventListener('selectionchange', onSelection);
    };
  }, [onSelect, generation]);
  return (
    <div
      key={generation}
      ref={(el) => {
        own.current = el;
        if (typeof ref === 'function') ref(el);
        else if (ref) ref.current = el;
      }}
      className="source-text"
      contentEditable
      suppressContentEditableWarning
      spellCheck={false}
      role="textbox"
      aria-readonly="true"
      aria-multiline="true"
      aria-label={t('editor.sourceLabel')}
      data-testid="source-text"
      onKeyDown={onKeyDown}
      onPaste={(e) => e.preventDefault()}
      onDrop={(e) => e.preventDefault()}
      onCut={(e) => e.preventDefault()}
    >
      {paragraphs.map((text, i) => (
        <p key={i} data-paragraph={i + 1}>
          <Paragraph text={text} row={coverage[i]} uncoveredLabel={t('editor.uncovered')} />
        </p>
      ))}
    </div>
  );
});
