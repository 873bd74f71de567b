import { addSpeakerContact } from "@claimdesk/core/reply";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";
import { pickContact, ZContact, ZContactFields } from "./schemas.ts";

export const ZReplyAddInput = ZContactFields.extend({ claimId: z.string().min(1).max(64) });

/** A reviewer records that the speaker was contacted (and their reply, or none). */
export const addProcedure = reviewerProcedure
  .input(ZReplyAddInput)
  .output(ZContact)
  .mutation(async ({ ctx, input }) => {
    const { claimId, ...contact } = input;
    return pickContact(await addSpeakerContact(ctx.db, { claimId, actorId: ctx.user.id, contact }));
  });
