import type { Db } from "@claimdesk/db";
import { buildClaimReview, type JsonLd, type PublisherSite } from "./build-claim-review.ts";
import { listPublishedFactChecks, MAX_PAGE_SIZE } from "./list-published-fact-checks.ts";

/** Every published fact-check as ClaimReview JSON-LD (newest first), e.g. for a file export. */
export async function exportClaimReviews(
  db: Db,
  site: PublisherSite,
  filter: { since?: Date | null; until?: Date | null } = {},
): Promise<JsonLd[]> {
  const out: JsonLd[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof listPublishedFactChecks>> = await listPublishedFactChecks(
      db,
      {
        ...filter,
        cursor,
        limit: MAX_PAGE_SIZE,
      },
    );
    out.push(...page.items.map((f) => buildClaimReview(f, site)));
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}
