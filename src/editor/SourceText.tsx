import { forwardRef, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ParagraphSentences } from '../domain/sentence-coverage';
import { useT } from '../store/use-t';

interface Props {
  paragraphs: readonly string[];
  /** The selected node's evidence: highlighted and scrolled into view. */
  evidence?: { quote: string; paragraph: number };
  coverage: readonly ParagraphSentences[];
  /** The selection changed (mouse or keyboard). */
  onSelect?(): void;
  onKeyDown?(e: KeyboardEvent<HTMLDivElement>): void;
  /** For readers: the text to read and scroll, no caret. */
  readOnly?: boolean;
}

/**
 * Sentences no quote uses are marked, and the selected node's quote is highlighted (the two never overlap: a
 * sentence a quote touches is covered). Plain text nodes only: data never becomes HTML.
 */
function Paragraph({ text, row, quote, uncoveredLabel }: ParagraphProps) {
  const spans: { start: number; end: number; mark: boolean }[] = (row?.counted ? row.sentences : [])
    .filter((s) => !s.covered)
    .map((s) => ({ start: s.start, end: s.end, mark: false }));
  const at = quote ? text.indexOf(quote) : -1;
  if (quote && at >= 0) spans.push({ start: at, end: at + quote.length, mark: true });
  spans.sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let from = 0;
  for (const s of spans) {
    if (s.start < from) continue;
    if (s.start > from) parts.push(text.slice(from, s.start));
    const piece = text.slice(s.start, s.end);
    parts.push(
      s.mark ? (
        <mark key={s.start} data-testid="source-quote">
          {piece}
        </mark>
      ) : (
        <span key={s.start} className="uncovered" title={uncoveredLabel}>
          {piece}
        </span>
      ),
    );
    from = s.end;
  }
  parts.push(text.slice(from));
  return <>{parts}</>;
}

interface ParagraphProps {
  text: string;
  row?: ParagraphSentences;
  quote?: string;
  uncoveredLabel: string;
}

/**
 * The source as the author reads it. It is an editable region only so that the keyboard can move a caret and
 * select with Shift+arrows, as in any text; every change to the text itself is refused, so what is selected is
 * always the source verbatim.
 */
export const SourceText = forwardRef<HTMLDivElement, Props>(function SourceText(
  { paragraphs, evidence, coverage, onSelect, onKeyDown, readOnly },
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
      if (document.activeElement === el || el.contains(window.getSelection()?.anchorNode ?? null))
        onSelect?.();
    };
    document.addEventListener('selectionchange', onSelection);
    return () => {
      el.removeEventListener('beforeinput', refuse);
      el.removeEventListener('compositionend', restore);
      document.removeEventListener('selectionchange', onSelection);
    };
  }, [onSelect, generation]);
  useEffect(() => {
    const mark = own.current?.querySelector('mark');
    if (!mark) return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    mark.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }, [evidence?.quote, evidence?.paragraph]);
  return (
    <div
      key={generation}
      ref={(el) => {
        own.current = el;
        if (typeof ref === 'function') ref(el);
        else if (ref) ref.current = el;
      }}
      className="source-text"
      {...(readOnly
        ? { role: 'region', tabIndex: 0, 'aria-label': t('editor.readText') }
        : {
            contentEditable: true,
            suppressContentEditableWarning: true,
            spellCheck: false,
            role: 'textbox',
            'aria-readonly': true,
            'aria-multiline': true,
            'aria-label': t('editor.sourceLabel'),
          })}
      data-testid="source-text"
      onKeyDown={onKeyDown}
      onPaste={(e) => e.preventDefault()}
      onDrop={(e) => e.preventDefault()}
      onCut={(e) => e.preventDefault()}
    >
      {paragraphs.map((text, i) => (
        <p key={i} data-paragraph={i + 1}>
          <Paragraph
            text={text}
            row={coverage[i]}
            quote={evidence?.paragraph === i + 1 ? evidence.quote : undefined}
            uncoveredLabel={t('editor.uncovered')}
          />
        </p>
      ))}
    </div>
  );
});
