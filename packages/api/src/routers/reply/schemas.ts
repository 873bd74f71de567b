import { CONTACT_METHODS } from "@claimdesk/core/reply/labels";
import { z } from "zod";

/** A contact entry as the forms send it; core validates the dates and words (ZSpeakerContact). */
export const ZContactFields = z.object({
  contactedBy: z.string().max(200),
  contactee: z.string().max(300),
  method: z.string().max(20),
  contactedAt: z.string().max(20),
  reply: z.string().max(10_000).default(""),
  repliedAt: z.string().max(20).default(""),
  showPublicly: z.boolean().default(false),
});

export const ZContact = z.object({
  id: z.string(),
  contactedBy: z.string(),
  contactee: z.string(),
  method: z.enum(CONTACT_METHODS),
  contactedAt: z.date(),
  reply: z.string().nullable(),
  repliedAt: z.date().nullable(),
  showPublicly: z.boolean(),
  updatedAt: z.date(),
});

export const pickContact = (c: z.infer<typeof ZContact>) => ({
  id: c.id,
  contactedBy: c.contactedBy,
  contactee: c.contactee,
  method: c.method,
  contactedAt: c.contactedAt,
  reply: c.reply,
  repliedAt: c.repliedAt,
  showPublicly: c.showPublicly,
  updatedAt: c.updatedAt,
});
