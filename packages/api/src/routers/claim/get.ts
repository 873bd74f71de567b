import { getClaim } from "@claimdesk/core/claims";
import { CLAIM_STATUSES } from "@claimdesk/core/workflow";
import { STATEMENT_KINDS } from "@claimdesk/db/statement-kinds";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";

export const ZClaimGetInput = z.object({ id: z.string().min(1).max(64) });

const ZPerson = z.object({ id: z.string(), name: z.string() });
const ZLabel = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  ratingValue: z.number(),
});

export const ZClaimGetOutput = z.object({
  id: z.string(),
  text: z.string(),
  originalText: z.string().nullable(),
  tags: z.array(z.string()),
  mergedFrom: z.array(z.object({ id: z.string(), text: z.string(), mergedAt: z.date() })),
  status: z.enum(CLAIM_STATUSES),
  origin: z.string(),
  outside: z
    .object({
      source: z.enum(["liar", "claimreview"]),
      publisher: z.string(),
      verdict: z.string().nullable(),
      deskVerdict: z.object({ name: z.string(), scaleName: z.string() }).nullable(),
      reviewedAt: z.date().nullable(),
      url: z.string().nullable(),
      headline: z.string().nullable(),
    })
    .nullable(),
  checkworthiness: z.number(),
  slug: z.string().nullable(),
  claimDate: z.date().nullable(),
  publishedAt: z.date().nullable(),
  createdAt: z.date(),
  speaker: z.object({ id: z.string(), name: z.string(), role: z.string().nullable() }).nullable(),
  assignee: ZPerson.nullable(),
  appearances: z.array(
    z.object({
      statementId: z.string(),
      kind: z.enum(STATEMENT_KINDS),
      speaker: z.string().nullable(),
      speakerRole: z.string().nullable(),
      before: z.string(),
      quote: z.string(),
      after: z.string(),
      article: z.object({
        id: z.string(),
        title: z.string(),
        url: z.string().nullable(),
        outlet: z.string().nullable(),
        date: z.date(),
        publishedAt: z.date().nullable(),
      }),
    }),
  ),
  evidence: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      title: z.string(),
      excerpt: z.string(),
      stance: z.enum(["supports", "refutes", "context"]),
      addedBy: z.string().nullable(),
      deletedAt: z.date().nullable(),
      createdAt: z.date(),
      snapshot: z.object({
        status: z.string().nullable(),
        domain: z.string().nullable(),
        fetchedAt: z.date().nullable(),
        error: z.string().nullable(),
      }),
    }),
  ),
  currentRating: z.string().nullable(),
  ratings: z.array(
    z.object({
      id: z.string(),
      status: z.enum(["draft", "approved", "superseded"]),
      label: ZLabel,
      rationale: z.string(),
      author: ZPerson.nullable(),
      approver: ZPerson.nullable(),
      approvedAt: z.date().nullable(),
      correctionNote: z.string().nullable(),
      supersedesId: z.string().nullable(),
      createdAt: z.date(),
    }),
  ),
  audit: z.array(
    z.object({
      id: z.string(),
      action: z.string(),
      claimId: z.string(),
      actor: z.string().nullable(),
      data: z.unknown(),
      createdAt: z.date(),
    }),
  ),
});

export const getClaimProcedure = reviewerProcedure
  .input(ZClaimGetInput)
  .output(ZClaimGetOutput)
  .query(({ ctx, input }) => getClaim(ctx.db, input.id));
