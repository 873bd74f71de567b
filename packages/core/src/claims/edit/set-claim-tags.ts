import type { Db } from "@claimdesk/db";
import { transitionClaim } from "../../workflow/index.ts";
import { normaliseTags } from "./claim-edit-rules.ts";

/** Adds and removes a claim's tags (searchable, a search facet); audited with what changed. */
export async function setClaimTags(
  db: Db,
  input: { claimId: string; add?: string[]; remove?: string[]; actorId: string },
) {
  const add = normaliseTags(input.add ?? []);
  const remove = new Set(normaliseTags(input.remove ?? []));
  return db.$transaction((tx) =>
    transitionClaim(
      tx,
      { claimId: input.claimId, step: "tag", actorId: input.actorId },
      async ({ claim }) => {
        const tags = normaliseTags([...claim.tags.filter((t) => !remove.has(t)), ...add]);
        const added = tags.filter((t) => !claim.tags.includes(t));
        const removed = claim.tags.filter((t) => !tags.includes(t));
        return {
          result: { claimId: claim.id, tags, added, removed },
          audit: { added, removed },
          claimData: { tags },
        };
      },
    ),
  );
}
