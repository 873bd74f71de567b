import type { Db } from "@claimdesk/db";
import { badRequest } from "../errors.ts";
import { notifyUser } from "../notifications/notify-user.ts";
import { withdrawApproval } from "../ratings/withdraw-approval.ts";
import { transitionClaim } from "../workflow/index.ts";

export const SEND_BACK_NOTE_LIMITS = { min: 3, max: 2000 };

/**
 * An editor sends a rated (or approved) verdict back to research with a note saying what is
 * missing. The verdict stays on record as a draft (an approval is withdrawn); its author, and
 * the claim's assignee if someone else, are told in the app (and by e-mail when configured).
 */
export async function sendBackClaim(
  db: Db,
  input: { claimId: string; actorId: string; note: string },
) {
  const note = input.note.trim();
  if (note.length < SEND_BACK_NOTE_LIMITS.min)
    throw badRequest("Say what the verdict still needs: the note is what the reviewer reads.");
  if (note.length > SEND_BACK_NOTE_LIMITS.max)
    throw badRequest(`Keep the note under ${SEND_BACK_NOTE_LIMITS.max} characters.`);
  return db.$transaction((tx) =>
    transitionClaim(
      tx,
      { claimId: input.claimId, step: "sendBack", actorId: input.actorId },
      async ({ claim, actor }) => {
        const rating = await tx.rating.findFirst({
          where: { claimId: claim.id, status: { in: ["draft", "approved"] } },
          orderBy: { createdAt: "desc" },
        });
        await withdrawApproval(tx, claim);
        const told = new Set(
          [rating?.authorId, claim.assigneeId].filter(
            (id): id is string => !!id && id !== actor.id,
          ),
        );
        const excerpt = claim.text.length > 80 ? `${claim.text.slice(0, 79)}…` : claim.text;
        for (const userId of told)
          await notifyUser(tx, {
            userId,
            kind: "claim.sent_back",
            claimId: claim.id,
            actorName: actor.name,
            message: `${actor.name} sent “${excerpt}” back to research: ${note}`,
          });
        return {
          result: { claimId: claim.id, notified: told.size },
          audit: { from: claim.status, to: "in_research", note, ratingId: rating?.id ?? null },
        };
      },
    ),
  );
}
