/** The quote highlighted inside its whole paragraph. Plain text nodes only: data never becomes HTML. */
export function EvidenceQuote({ paragraph, quote }: { paragraph: string | undefined; quote: string }) {
  if (!paragraph) return <blockquote className="evidence">{quote}</blockquote>;
  const at = paragraph.indexOf(quote);
  if (at < 0) return <blockquote className="evidence">{quote}</blockquote>;
  return (
    <blockquote className="evidence">
      {paragraph.slice(0, at)}
      <mark>{paragraph.slice(at, at + quote.length)}</mark>
      {paragraph.slice(at + quote.length)}
    </blockquote>
  );
}
