import { useDocumentPart } from "~/lib/document-parts.ts";
import { hitsMarkup } from "./hit-markup.ts";
import type { PageHit } from "./page-view.ts";

/** The list's part name and element, for a document that leaves the hits out of its data. */
export const HITS_PART = "search-hits";

/**
 * The search results: the list's markup is made once per hit list (hit-markup.ts,
 * decision 023) and written here as it is. Its links are plain anchors that the page navigates
 * in the app with one handler (lib/client-navigation.ts); `j` / `k` find them by their
 * attribute (lib/use-list-keys.ts). Every text in it is escaped where it is made.
 *
 * `hits` is null in a document's first view: the loader left the list to the document
 * (lib/document-parts.ts), so the server writes the markup the loader made and the browser
 * keeps what the server wrote.
 */
export function HitList({ hits }: { hits: PageHit[] | null }) {
  const documentPart = useDocumentPart(HITS_PART, HITS_PART);
  // hitsMarkup escapes every text and attribute value it writes.
  const markup = hits ? hitsMarkup(hits) : documentPart();
  return (
    <ol id={HITS_PART} className="list card hits" dangerouslySetInnerHTML={{ __html: markup }} />
  );
}
