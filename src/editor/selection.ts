/** A passage selected in the source: within one paragraph, as offsets into that paragraph's text. */
export interface SourceSelection {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

const PARAGRAPH = '[data-paragraph]';

/** Characters from the start of `block` up to a point inside it. */
function offsetIn(block: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(block, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

const blockOf = (node: Node | null): Element | null =>
  (node instanceof Element ? node : node?.parentElement)?.closest(PARAGRAPH) ?? null;

/**
 * The passage the page's selection holds inside `root`, clipped to the paragraph where it starts (a quote lies
 * within one paragraph), trimmed of the spaces at its ends. Undefined when nothing is selected there.
 */
export function readSelection(root: HTMLElement, paragraphs: readonly string[]): SourceSelection | undefined {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return undefined;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer)) return undefined;
  const block = blockOf(range.startContainer);
  if (!block) return undefined;
  const paragraph = Number((block as HTMLElement).dataset.paragraph);
  const text = paragraphs[paragraph - 1];
  if (text === undefined) return undefined;
  let start = offsetIn(block, range.startContainer, range.startOffset);
  let end =
    blockOf(range.endContainer) === block
      ? offsetIn(block, range.endContainer, range.endOffset)
      : text.length;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return undefined;
  return { paragraph, start, end, text: text.slice(start, end) };
}
