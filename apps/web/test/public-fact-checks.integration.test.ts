// Route-level tests of the public fact-check pages and the ClaimReview feed, called the way an
// anonymous reader's request reaches them: a plain Request, no cookie. (They live outside
// app/routes because every file there becomes a route.)
import { publishClaim, validateClaimReview } from "@claimdesk/core/publishing";
import { createCheckedClaim } from "@claimdesk/core/testing";
import { getDb } from "@claimdesk/db";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { loader as feedLoader } from "../app/routes/api.claimreview.ts";
import { loader as listLoader } from "../app/routes/fact-checks._index.tsx";
import { loader as pageLoader } from "../app/routes/fact-checks.$slug.tsx";

const ORIGIN = "http://localhost:3000";

function args(
  path: string,
  params: Record<string, string> = {},
  headers: Record<string, string> = {},
): LoaderFunctionArgs {
  return {
    request: new Request(`${ORIGIN}${path}`, { headers }),
    params,
    context: {},
  } as LoaderFunctionArgs;
}

async function status(promise: Promise<unknown>): Promise<number> {
  try {
    const result = await promise;
    return result instanceof Response ? result.status : 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
}

async function feed(query = "") {
  const response = await feedLoader(args(`/api/claimreview${query}`));
  return {
    response,
    body: (await response.json()) as {
      items: Record<string, unknown>[];
      nextCursor: string | null;
      error?: string;
    },
  };
}

let published: Awaited<ReturnType<typeof createCheckedClaim>> & { slug: string };
let approvedOnly: Awaited<ReturnType<typeof createCheckedClaim>>;
let draft: Awaited<ReturnType<typeof createCheckedClaim>>;

beforeAll(async () => {
  process.env.CLAIMDESK_ORG_NAME = "Harbor Fact Desk";
  // The public origin is configured, as in production (without it pages are not shared-cacheable).
  process.env.PUBLIC_ORIGIN = ORIGIN;
  const db = getDb();
  const base = await createCheckedClaim(db, {
    text: 'Bridge traffic "</script><script>alert(1)</script>" doubled',
  });
  const { slug } = await publishClaim(db, { claimId: base.claim.id, actorId: base.editor.id });
  published = { ...base, slug };
  approvedOnly = await createCheckedClaim(db);
  draft = await createCheckedClaim(db, { stage: "draft" });
  // An unpublished claim that already has a slug (e.g. from a bad import) is still not public.
  await db.claim.update({
    where: { id: approvedOnly.claim.id },
    data: { slug: "approved-but-not-published" },
  });
});

describe("public fact-check page", () => {
  it("shows a published fact-check to an anonymous reader with escaped, valid ClaimReview JSON-LD", async () => {
    const { data, init } = await pageLoader(
      args(`/fact-checks/${published.slug}`, { slug: published.slug }),
    );
    expect(new Headers(init?.headers).get("cache-control")).toMatch(/^public/);
    expect(data.factCheck.verdict.label).toBe("Mostly False");
    expect(data.factCheck.evidence[0]?.title).toBe("State traffic counts 2025");
    expect(data.factCheck.appearances[0]?.url).toBe(published.article.url);
    expect(data.jsonLd).not.toMatch(/<\/script/i);
    const jsonLd = JSON.parse(data.jsonLd);
    expect(jsonLd.url).toBe(`${ORIGIN}/fact-checks/${published.slug}`);
    expect(jsonLd.author).toEqual({ "@type": "Organization", name: "Harbor Fact Desk" });
    expect(validateClaimReview(jsonLd)).toMatchObject({ valid: true, errors: [] });
  });

  it("answers 404 for drafts, approved-but-unpublished claims, claim ids and made-up slugs", async () => {
    const guesses = [
      draft.claim.id,
      approvedOnly.claim.id,
      published.claim.id,
      "approved-but-not-published",
      "no-such-fact-check-12345678",
      `${published.slug}x`,
    ];
    for (const guess of guesses) {
      expect(await status(pageLoader(args(`/fact-checks/${guess}`, { slug: guess }))), guess).toBe(
        404,
      );
    }
  });

  it("lists only published fact-checks", async () => {
    const { data, init } = await listLoader(args("/fact-checks"));
    expect(data.items.map((i) => i.slug)).toEqual([published.slug]);
    expect(new Headers(init?.headers).get("cache-control")).toMatch(/^public/);
    expect(await status(listLoader(args("/fact-checks?cursor=garbage")))).toBe(400);
  });
});

describe("public pages seen by a signed-in reviewer", () => {
  it("are never cacheable by shared caches: they carry the reviewer's name and CSRF token", async () => {
    const cookie = { cookie: "theme=dark; claimdesk_session=abc123" };
    const page = await pageLoader(
      args(`/fact-checks/${published.slug}`, { slug: published.slug }, cookie),
    );
    const list = await listLoader(args("/fact-checks", {}, cookie));
    for (const { init } of [page, list]) {
      const headers = new Headers(init?.headers);
      expect(headers.get("cache-control")).toBe("private, no-store");
      expect(headers.get("vary")).toBe("Cookie");
    }
  });
});

describe("ClaimReview feed", () => {
  it("returns only published reviews, valid and cacheable", async () => {
    const { response, body } = await feed();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/public/);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]?.url).toBe(`${ORIGIN}/fact-checks/${published.slug}`);
    expect(validateClaimReview(body.items[0]).valid).toBe(true);
    const text = JSON.stringify(body);
    for (const hidden of [draft, approvedOnly]) expect(text).not.toContain(hidden.claim.text);
  });

  it("filters by date and pages with a stable cursor", async () => {
    const db = getDb();
    const more = [];
    for (let i = 0; i < 3; i++) {
      const c = await createCheckedClaim(db);
      await publishClaim(db, { claimId: c.claim.id, actorId: c.editor.id });
      more.push(c.claim.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const { body } = await feed(
        `?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      );
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((i) => String(i.url)));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);

    expect((await feed("?since=2100-01-01")).body.items).toEqual([]);
    expect((await feed("?until=2000-01-01")).body.items).toEqual([]);
    expect(
      (await feed(`?since=${new Date(Date.now() - 3600_000).toISOString()}`)).body.items,
    ).toHaveLength(4);
  });

  it("answers 400 with a readable JSON error for bad parameters", async () => {
    for (const query of [
      "?since=yesterday",
      "?limit=0",
      "?limit=1000",
      "?cursor=nonsense",
      "?sort=asc",
      "?since=2026-02-30T00:00:00Z&until=2026-01-01",
    ]) {
      const { response, body } = await feed(query);
      expect(response.status, query).toBe(400);
      expect(body.error, query).toMatch(/\w+/);
    }
    const { body } = await feed("?since=yesterday");
    expect(body.error).toMatch(/since must be an ISO 8601 date/);
  });
});
