import { zText } from "@claimdesk/api/text";
import { DomainError } from "@claimdesk/core/errors";
import {
  buildClaimReview,
  listPublishedFactChecks,
  MAX_PAGE_SIZE,
  resolvePublisherSite,
} from "@claimdesk/core/publishing";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { webEnv } from "../services/env.server.ts";
import { webServices } from "../services/services.server.ts";

const isoDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
    "must be an ISO 8601 date, e.g. 2026-03-01 or 2026-03-01T12:00:00Z",
  )
  .transform((s, ctx) => {
    const date = new Date(s);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: "is not a real date" });
      return z.NEVER;
    }
    // Year 0 and other far dates parse in JavaScript but not in the database's timestamp.
    if (date.getUTCFullYear() < 1900 || date.getUTCFullYear() > 9999) {
      ctx.addIssue({ code: "custom", message: "must be between 1900 and 9999" });
      return z.NEVER;
    }
    return date;
  });

export const ZFeedQuery = z.strictObject({
  since: isoDate.optional(),
  until: isoDate.optional(),
  /** fact-checks whose public view changed since (published, corrected or retracted) */
  updatedSince: isoDate.optional(),
  cursor: zText().min(1).max(500).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
});

const JSON_HEADERS = {
  "Content-Type": "application/json; charset=utf-8",
  "Access-Control-Allow-Origin": "*",
};

function badRequest(error: string, issues?: { param: string; message: string }[]) {
  return new Response(JSON.stringify({ error, ...(issues ? { issues } : {}) }), {
    status: 400,
    headers: { ...JSON_HEADERS, "Cache-Control": "no-store" },
  });
}

/**
 * Public feed of published ClaimReviews: `GET /api/claimreview?since=&until=&cursor=&limit=`
 * -> `{ items, nextCursor }`, newest first. Dates filter on datePublished (inclusive);
 * `updatedSince` on the last public change, so consumers also learn of corrections and
 * retractions (a retracted item stays, `creativeWorkStatus: "Retracted"`, no reviewRating).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const env = webEnv();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = ZFeedQuery.safeParse(params);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      param: i.path.join(".") || "query",
      message:
        i.code === "unrecognized_keys" ? `unknown parameter(s): ${i.keys.join(", ")}` : i.message,
    }));
    return badRequest(
      `Invalid query: ${issues.map((i) => `${i.param} ${i.message}`).join("; ")}. Allowed: since, until, updatedSince, cursor, limit (1-${MAX_PAGE_SIZE}).`,
      issues,
    );
  }
  const site = resolvePublisherSite(request, env);
  try {
    const page = await listPublishedFactChecks(webServices().db, parsed.data);
    const body = {
      items: page.items.map((f) => buildClaimReview(f, site)),
      nextCursor: page.nextCursor,
    };
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: {
        ...JSON_HEADERS,
        // Its URLs follow the request's Host without PUBLIC_ORIGIN: then no shared cache.
        "Cache-Control": env.PUBLIC_ORIGIN
          ? "public, max-age=300, stale-while-revalidate=600"
          : "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === "BAD_REQUEST")
      return badRequest(error.message);
    throw error;
  }
}
