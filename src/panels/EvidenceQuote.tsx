/**
 * The quote highlighted inside its whole paragraph. Plain text nodes only: data never becomes HTML.
 * A long paragraph scrolls inside its box, so the box takes keyboard focus to be scrolled with the arrow keys.
 */
export function EvidenceQuote({ paragraph, quote }: { paragraph: string | undefined; quote: string }) {
  const at = paragraph ? paragraph.indexOf(quote) : -1;
  return (
    <blockquote className="evidence" tabIndex={0}>
      {paragraph && at >= 0 ? (
        <>
          {paragraph.slice(0, at)}
          <mark>{paragraph.slice(at, at + quote.length)}</mark>
          {paragraph.slice(at + quote.length)}
        </>
      ) : (
        quote
      )}
    </blockquote>
  );
}
