import { STATEMENT_KINDS } from "@claimdesk/db/statement-kinds";
import { z } from "zod";

export const ZSpeakerRef = z.object({ id: z.string(), name: z.string(), slug: z.string() });
export const ZSpeakerClaim = z.object({
  id: z.string(),
  text: z.string(),
  status: z.string(),
  verdict: z.string().nullable(),
  /** an imported check of another fact-checker, not the desk's own */
  outside: z.boolean(),
  publisher: z.string().nullable(),
});
export const ZSeries = z.array(z.object({ label: z.string(), count: z.number() }));
const paged = <T extends z.ZodType>(item: T) =>
  z.object({ total: z.number(), page: z.number(), pageCount: z.number(), items: z.array(item) });

export const ZSpeakerPage = z.object({
  speaker: z.object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    role: z.string().nullable(),
    party: z.string().nullable(),
    state: z.string().nullable(),
    aliases: z.array(z.string()),
    mergedFrom: z.array(ZSpeakerRef.extend({ mergedAt: z.date().nullable() })),
  }),
  claims: paged(ZSpeakerClaim.extend({ date: z.date() })),
  statements: paged(
    z.object({
      id: z.string(),
      text: z.string(),
      kind: z.enum(STATEMENT_KINDS),
      article: z.object({ id: z.string(), title: z.string(), date: z.date() }),
      claim: ZSpeakerClaim.nullable(),
    }),
  ),
  verdicts: z.object({ desk: ZSeries, outside: ZSeries }),
  timeline: ZSeries,
  articles: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      date: z.date(),
      outlet: z.string().nullable(),
      count: z.number(),
    }),
  ),
  repeats: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      score: z.number().nullable(),
      article: z.object({ id: z.string(), title: z.string() }),
      checked: ZSpeakerClaim.extend({ slug: z.string().nullable() }).nullable(),
    }),
  ),
});
