import type { Db, FactCheckByline, Prisma } from "@claimdesk/db";
import { z } from "zod";
import { badRequest } from "../errors.ts";
import { transitionClaim } from "../workflow/index.ts";
import { checkStoryBody, MAX_BODY_CHARS } from "./story-body.ts";

export const FACT_CHECK_BYLINES = ["both", "reviewer", "editor", "desk"] as const;

/** How the byline choices read on the editor's form. */
export const FACT_CHECK_BYLINE_LABEL: Record<FactCheckByline, string> = {
  both: "The reviewer and the approving editor",
  reviewer: "The reviewer who wrote the verdict",
  editor: "The approving editor",
  desk: "The desk only (no personal byline)",
};

/** What an editor writes around the verdict; every message names its field. */
export const ZFactCheckStory = z.object({
  headline: z
    .string()
    .trim()
    .min(10, "write a headline of at least 10 characters")
    .max(200, "keep the headline under 200 characters"),
  summary: z
    .string()
    .trim()
    .min(20, "write a summary of at least 20 characters (readers see it first)")
    .max(600, "keep the summary under 600 characters"),
  body: z
    .string()
    .trim()
    .min(1, "write the article: what was said, what the evidence shows, cited with [n]")
    .max(MAX_BODY_CHARS, `keep the body under ${MAX_BODY_CHARS.toLocaleString("en")} characters`),
  byline: z.enum(FACT_CHECK_BYLINES, { error: "choose who signs the fact-check" }),
});
export type FactCheckStoryInput = z.infer<typeof ZFactCheckStory>;

const FIELD = { headline: "Headline", summary: "Summary", body: "Body", byline: "Byline" };

/** Validates a story, throwing one BAD_REQUEST whose message names each field at fault. */
export function parseFactCheckStory(input: unknown): FactCheckStoryInput {
  const parsed = ZFactCheckStory.safeParse(input);
  if (parsed.success) return parsed.data;
  throw badRequest(
    parsed.error.issues
      .map((i) => `${FIELD[i.path[0] as keyof typeof FIELD] ?? "Input"}: ${i.message}`)
      .join("; "),
  );
}

/** The claim's evidence as readers see it, numbered from 1 in this order ([n] in the body). */
export async function publicEvidenceIds(tx: Prisma.TransactionClient, claimId: string) {
  const rows = await tx.evidence.findMany({
    where: { claimId, deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Refuses a body with raw HTML or citations of evidence that does not exist ("Body: …"). */
export function assertStoryBody(body: string, evidenceCount: number) {
  const problems = checkStoryBody(body, evidenceCount);
  if (problems.length > 0) throw badRequest(`Body: ${problems.join(" ")}`);
}

/**
 * Saves the draft fact-check of an approved verdict (an editor's step; published ones are frozen).
 * Keeps which evidence item each [n] meant, so publishing can tell when the list changed since.
 */
export async function saveFactCheckStory(
  db: Db,
  input: { claimId: string; actorId: string; story: unknown },
) {
  const story = parseFactCheckStory(input.story);
  return db.$transaction((tx) =>
    transitionClaim(
      tx,
      { claimId: input.claimId, step: "editFactCheck", actorId: input.actorId },
      async ({ claim, actor }) => {
        const evidenceIds = await publicEvidenceIds(tx, claim.id);
        assertStoryBody(story.body, evidenceIds.length);
        const data = { ...story, citedEvidenceIds: evidenceIds, updatedById: actor.id };
        const saved = await tx.factCheckStory.upsert({
          where: { claimId: claim.id },
          create: { claimId: claim.id, ...data },
          update: data,
        });
        return {
          result: saved,
          audit: {
            headline: story.headline,
            byline: story.byline,
            bodyChars: story.body.length,
          },
        };
      },
    ),
  );
}

/** The saved draft of a claim's fact-check, or null. */
export async function getFactCheckStory(db: Db, claimId: string) {
  return db.factCheckStory.findUnique({ where: { claimId } });
}
