const MARK = /<mark>|<\/mark>/;

/**
 * Renders search highlights without dangerouslySetInnerHTML: the backend's <mark> markers are
 * split out and everything else is rendered as plain text, so HTML in the source stays text.
 * Text between marks is a bare text node (no wrapper element).
 */
export function HighlightedText({ text }: { text: string }) {
  const parts = text.split(MARK);
  return (
    <>
      {parts.map((part, i) =>
        // Odd parts sit between an opening and a closing marker.
        i % 2 === 1 ? <mark key={i}>{part}</mark> : part || null,
      )}
    </>
  );
}
