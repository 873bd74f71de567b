import { listSpeakerContacts } from "@claimdesk/core/reply";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";
import { pickContact, ZContact } from "./schemas.ts";

export const ZReplyListInput = z.object({ claimId: z.string().min(1).max(64) });
export const ZReplyListOutput = z.object({ items: z.array(ZContact) });

/** The claim's "contacted the speaker" log, oldest first. */
export const listProcedure = reviewerProcedure
  .input(ZReplyListInput)
  .output(ZReplyListOutput)
  .query(async ({ ctx, input }) => ({
    items: (await listSpeakerContacts(ctx.db, input.claimId)).map(pickContact),
  }));
