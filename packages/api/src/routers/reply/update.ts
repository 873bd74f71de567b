import { updateSpeakerContact } from "@claimdesk/core/reply";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";
import { pickContact, ZContact, ZContactFields } from "./schemas.ts";

export const ZReplyUpdateInput = ZContactFields.extend({ contactId: z.string().min(1).max(64) });

/** A reviewer edits a contact entry (a late reply, shown publicly or not). */
export const updateProcedure = reviewerProcedure
  .input(ZReplyUpdateInput)
  .output(ZContact)
  .mutation(async ({ ctx, input }) => {
    const { contactId, ...contact } = input;
    return pickContact(
      await updateSpeakerContact(ctx.db, { contactId, actorId: ctx.user.id, contact }),
    );
  });
