import { hitsMarkup } from "./hit-markup.ts";
import type { PageHit } from "./page-view.ts";

/**
 * The search results: the list's markup is made once per hit list (hit-markup.ts,
 * decision 023) and written here as it is. Its links are plain anchors that the page navigates
 * in the app with one handler (lib/client-navigation.ts); `j` / `k` find them by their
 * attribute (lib/use-list-keys.ts). Every text in it is escaped where it is made.
 */
export function HitList({ hits }: { hits: PageHit[] }) {
  // hitsMarkup escapes every text and attribute value it writes.
  return <ol className="list card hits" dangerouslySetInnerHTML={{ __html: hitsMarkup(hits) }} />;
}
