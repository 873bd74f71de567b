// Right of reply: the desk's log of contacting the person checked (who asked, whom, how, when,
// and their reply or none). Reviewers add and edit entries; each change is a step of the claim
// workflow (role checked, audited); an entry shown publicly refreshes the public page.
import type { Db, Prisma } from "@claimdesk/db";
import { z } from "zod";
import { badRequest, notFound } from "../errors.ts";
import { queuePagePurge } from "../publishing/page-purge.ts";
import { transitionClaim } from "../workflow/index.ts";
import { CONTACT_METHODS } from "./labels.ts";

const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "write the date as 2026-12-01")
  .transform((s, ctx) => {
    const d = new Date(`${s}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
      ctx.addIssue({ code: "custom", message: "is not a real date" });
      return z.NEVER;
    }
    if (d.getTime() > Date.now() + 36 * 3600_000) {
      ctx.addIssue({ code: "custom", message: "is in the future" });
      return z.NEVER;
    }
    return d;
  });

export const ZSpeakerContact = z
  .object({
    contactedBy: z.string().trim().min(2, "say who at the desk made contact").max(120),
    contactee: z
      .string()
      .trim()
      .min(2, "say whom you contacted (the speaker, a spokesperson …)")
      .max(200),
    method: z.enum(CONTACT_METHODS, { error: "choose how you made contact" }),
    contactedAt: isoDay,
    /** empty: no reply */
    reply: z.string().trim().max(5000, "keep the reply under 5,000 characters").default(""),
    repliedAt: z.union([z.literal(""), isoDay]).default(""),
    showPublicly: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.repliedAt && !v.reply)
      ctx.addIssue({
        code: "custom",
        path: ["reply"],
        message: "a reply date needs the reply (or clear the date: no reply)",
      });
    if (v.repliedAt && v.repliedAt < v.contactedAt)
      ctx.addIssue({ code: "custom", path: ["repliedAt"], message: "is before the contact" });
  });
export type SpeakerContactInput = z.input<typeof ZSpeakerContact>;

const FIELD: Record<string, string> = {
  contactedBy: "Contacted by",
  contactee: "Whom",
  method: "How",
  contactedAt: "When",
  reply: "Their reply",
  repliedAt: "Reply date",
  showPublicly: "Show on the public page",
};

function parseContact(input: unknown) {
  const parsed = ZSpeakerContact.safeParse(input);
  if (parsed.success) {
    const v = parsed.data;
    return {
      contactedBy: v.contactedBy,
      contactee: v.contactee,
      method: v.method,
      contactedAt: v.contactedAt,
      reply: v.reply || null,
      repliedAt: v.repliedAt || null,
      showPublicly: v.showPublicly,
    };
  }
  throw badRequest(
    parsed.error.issues
      .map((i) => `${FIELD[String(i.path[0])] ?? "Input"}: ${i.message}`)
      .join("; "),
  );
}

async function refreshPublicPage(
  tx: Prisma.TransactionClient,
  claim: { slug: string | null; status: string },
  publicBefore: boolean,
  publicAfter: boolean,
) {
  if (claim.status !== "published" || !claim.slug || !(publicBefore || publicAfter)) return {};
  await queuePagePurge(tx, claim.slug);
  return { claimData: { publicChangedAt: new Date() } };
}

/** A reviewer records a contact with the speaker (and the reply, or none). */
export async function addSpeakerContact(
  db: Db,
  input: { claimId: string; actorId: string; contact: unknown },
) {
  const data = parseContact(input.contact);
  return db.$transaction((tx) =>
    transitionClaim(
      tx,
      { claimId: input.claimId, step: "recordContact", actorId: input.actorId },
      async ({ claim, actor }) => {
        const row = await tx.speakerContact.create({
          data: { ...data, claimId: claim.id, recordedById: actor.id },
        });
        return {
          result: row,
          audit: { contactId: row.id, ...auditOf(data) },
          ...(await refreshPublicPage(tx, claim, false, data.showPublicly)),
        };
      },
    ),
  );
}

/** A reviewer edits an entry (a late reply, a correction, shown publicly or not). */
export async function updateSpeakerContact(
  db: Db,
  input: { contactId: string; actorId: string; contact: unknown },
) {
  const data = parseContact(input.contact);
  return db.$transaction(async (tx) => {
    const before = await tx.speakerContact.findUnique({ where: { id: input.contactId } });
    if (!before) throw notFound("Contact entry");
    return transitionClaim(
      tx,
      { claimId: before.claimId, step: "updateContact", actorId: input.actorId },
      async ({ claim }) => {
        const row = await tx.speakerContact.update({ where: { id: before.id }, data });
        return {
          result: row,
          audit: { contactId: row.id, before: auditOf(before), after: auditOf(data) },
          ...(await refreshPublicPage(tx, claim, before.showPublicly, data.showPublicly)),
        };
      },
    );
  });
}

function auditOf(c: ReturnType<typeof parseContact>) {
  return {
    contactedBy: c.contactedBy,
    contactee: c.contactee,
    method: c.method,
    contactedAt: c.contactedAt.toISOString().slice(0, 10),
    reply: c.reply,
    repliedAt: c.repliedAt ? c.repliedAt.toISOString().slice(0, 10) : null,
    showPublicly: c.showPublicly,
  };
}

/** The claim's contact log, oldest first. */
export async function listSpeakerContacts(db: Db, claimId: string) {
  return db.speakerContact.findMany({
    where: { claimId },
    orderBy: [{ contactedAt: "asc" }, { createdAt: "asc" }],
  });
}
