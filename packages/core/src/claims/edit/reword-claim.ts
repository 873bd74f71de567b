import type { Db } from "@claimdesk/db";
import { badRequest } from "../../errors.ts";
import { transitionClaim } from "../../workflow/index.ts";
import { normaliseClaimText } from "./claim-edit-rules.ts";

/**
 * A reviewer rewords a claim. The first wording is kept (`originalText`, set once), the
 * fingerprint stays, so every appearance stays linked and a re-extracted article still finds
 * the claim; the audit trail records both wordings.
 */
export async function rewordClaim(
  db: Db,
  input: { claimId: string; text: string; actorId: string },
) {
  const text = normaliseClaimText(input.text);
  return db.$transaction((tx) =>
    transitionClaim(
      tx,
      { claimId: input.claimId, step: "reword", actorId: input.actorId },
      async ({ claim }) => {
        if (text === claim.text)
          throw badRequest("text: the new wording is the same as the current one.");
        return {
          result: { claimId: claim.id, text, originalText: claim.originalText ?? claim.text },
          audit: { from: claim.text, to: text },
          claimData: { text, originalText: claim.originalText ?? claim.text },
        };
      },
    ),
  );
}
