// Issue 19: harvesting ClaimReview from other fact-checkers' sitemaps, feeds and page lists,
// against pages served on loopback by this test (the fetcher allows loopback only when a test
// passes `allowLoopbackForTests` in code).
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { getDb } from "@claimdesk/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestUser } from "../testing/index.ts";
import { harvestDueSources, harvestSource } from "./harvest-source.ts";
import { addHarvestSource, listHarvestSources, setHarvestSourceEnabled } from "./manage-sources.ts";

const fetch = { allowLoopbackForTests: true };
const routes = new Map<string, { status?: number; type?: string; body: string }>();
let server: http.Server;
let base: string;

const review = (path: string, verdict: string, value: number, claim: string) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: `${base}${path}`,
  claimReviewed: claim,
  datePublished: "2025-06-01",
  author: { "@type": "Organization", name: "Loopback Checks" },
  reviewRating: {
    "@type": "Rating",
    alternateName: verdict,
    ratingValue: value,
    worstRating: 1,
    bestRating: 5,
  },
});
const page = (...blocks: unknown[]) =>
  `<!doctype html><html><head><title>x</title>${blocks
    .map((b) => `<script type="application/ld+json">${JSON.stringify(b)}</script>`)
    .join("")}</head><body>Review</body></html>`;
const html = (body: string) => ({ type: "text/html; charset=utf-8", body });
const xml = (body: string) => ({ type: "application/xml", body });

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const route = routes.get(req.url ?? "");
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res
      .writeHead(route.status ?? 200, { "content-type": route.type ?? "text/html" })
      .end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("harvesting ClaimReview", { timeout: 60_000 }, () => {
  it("reads a sitemap index, imports each page's JSON-LD once, keeps verdict changes as history, and backs off failing pages", async () => {
    const db = getDb();
    const t = randomBytes(3).toString("hex");
    const p = (name: string) => `/${t}/${name}`;
    routes.set(
      p("sitemap.xml"),
      xml(
        `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${base}${p("reviews.xml")}</loc></sitemap></sitemapindex>`,
      ),
    );
    routes.set(
      p("reviews.xml"),
      xml(
        `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${["graph", "array", "plain", "broken"].map((n) => `<url><loc>${base}${p(n)}</loc></url>`).join("")}</urlset>`,
      ),
    );
    routes.set(
      p("graph"),
      html(
        page({
          "@context": "https://schema.org",
          "@graph": [
            { "@type": "WebPage", name: "x" },
            review(p("graph"), "Mostly wrong", 2, `Wind farms stop the rain ${t}`),
          ],
        }),
      ),
    );
    routes.set(
      p("array"),
      html(
        page([
          review(`${p("array")}#1`, "Correct", 5, `Bridges get longer in summer ${t}`),
          review(`${p("array")}#2`, "Wrong", 1, `Bridges melt in summer ${t}`),
        ]),
      ),
    );
    routes.set(p("plain"), html("<html><body>No markup here</body></html>"));
    routes.set(p("broken"), { status: 500, body: "oops" });

    const admin = await createTestUser(db, "admin");
    const source = await addHarvestSource(
      db,
      {
        kind: "sitemap",
        url: `${base}${p("sitemap.xml")}`,
        name: "Loopback Checks",
        actorId: admin.id,
      },
      fetch,
    );
    const now = new Date("2026-12-01T10:00:00Z");
    const first = await harvestSource(db, source.id, { fetch, now });
    expect(first).toMatchObject({ ok: true, pagesDiscovered: 4, pagesFetched: 4, pagesFailed: 1 });
    expect(first.reviews).toEqual({ created: 3, updated: 0, unchanged: 0, errors: 0 });
    const claim = await db.claim.findUniqueOrThrow({
      where: { origin_externalId: { origin: "claimreview", externalId: `${base}${p("graph")}` } },
    });
    expect(claim).toMatchObject({
      externalPublisher: "Loopback Checks",
      externalRating: "Mostly wrong",
    });

    const broken = await db.harvestPage.findFirstOrThrow({
      where: { sourceId: source.id, url: `${base}${p("broken")}` },
    });
    expect(broken.errorCount).toBe(1);
    expect(broken.lastError).toMatch(/500/);
    expect(broken.nextFetchAt!.getTime() - now.getTime()).toBe(5 * 60_000);
    const plain = await db.harvestPage.findFirstOrThrow({
      where: { sourceId: source.id, url: `${base}${p("plain")}` },
    });
    expect(plain.lastError).toBe("No ClaimReview markup on the page.");

    const [listed] = (await listHarvestSources(db)).filter((s) => s.id === source.id);
    expect(listed).toMatchObject({
      pagesSeen: 4,
      pagesImported: 2,
      pagesFailed: 1,
      lastError: null,
      reviewsFound: 3,
    });
    expect(listed!.nextRunAt!.getTime()).toBe(now.getTime() + 60 * 60_000);
    expect(listed!.lastPageError?.url).toBe(`${base}${p("broken")}`);

    // Not due yet: nothing runs. Ten minutes on, only the failing page is due again; it fails twice → 10 min.
    expect(
      (await harvestDueSources(db, { fetch, now })).filter((r) => r.sourceId === source.id),
    ).toEqual([]);
    const retry = await harvestSource(db, source.id, {
      fetch,
      now: new Date(now.getTime() + 10 * 60_000),
    });
    expect(retry.pagesFetched).toBe(1);
    const broken2 = await db.harvestPage.findUniqueOrThrow({ where: { id: broken.id } });
    expect(broken2.errorCount).toBe(2);

    // A day later every page is fetched again: the same reviews change nothing, a changed verdict is an update with history.
    routes.set(
      p("graph"),
      html(page({ "@graph": [review(p("graph"), "Wrong", 1, `Wind farms stop the rain ${t}`)] })),
    );
    const later = await harvestSource(db, source.id, {
      fetch,
      now: new Date(now.getTime() + 25 * 3600_000),
    });
    expect(later.reviews).toEqual({ created: 0, updated: 1, unchanged: 2, errors: 0 });
    const ratings = await db.rating.findMany({
      where: { claimId: claim.id },
      orderBy: { createdAt: "asc" },
      include: { label: true },
    });
    expect(ratings.map((r) => r.status)).toEqual(["superseded", "approved"]);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).externalRating).toBe(
      "Wrong",
    );
    expect(await db.claim.count({ where: { externalUrl: { startsWith: `${base}/${t}/` } } })).toBe(
      3,
    );
  });

  it("a source that cannot be read backs off and says why; pausing and resuming clears the back-off", async () => {
    const db = getDb();
    const t = randomBytes(3).toString("hex");
    const admin = await createTestUser(db, "admin");
    const source = await addHarvestSource(
      db,
      { kind: "feed", url: `${base}/${t}/missing.xml`, actorId: admin.id },
      fetch,
    );
    const now = new Date("2026-12-01T10:00:00Z");
    const run = await harvestSource(db, source.id, { fetch, now });
    expect(run.ok).toBe(false);
    expect(run.error).toMatch(/^Could not read the feed: .*404/);
    const after = await db.harvestSource.findUniqueOrThrow({ where: { id: source.id } });
    expect(after.errorCount).toBe(1);
    expect(after.nextRunAt!.getTime()).toBe(now.getTime() + 5 * 60_000);
    const ran = await harvestDueSources(db, { fetch, now: new Date(now.getTime() + 60_000) });
    expect(ran.map((r) => r.sourceId)).not.toContain(source.id);

    await setHarvestSourceEnabled(db, { sourceId: source.id, enabled: false, actorId: admin.id });
    await setHarvestSourceEnabled(db, { sourceId: source.id, enabled: true, actorId: admin.id });
    expect(await db.harvestSource.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({
      errorCount: 0,
      nextRunAt: null,
    });
  });

  it("a page list and an RSS feed are harvested; pages per run are bounded", async () => {
    const db = getDb();
    const t = randomBytes(3).toString("hex");
    const admin = await createTestUser(db, "admin");
    for (const n of [1, 2, 3])
      routes.set(
        `/${t}/p${n}`,
        html(page(review(`/${t}/p${n}`, "Wrong", 1, `Claim number ${n} ${t}`))),
      );
    const list = await addHarvestSource(
      db,
      {
        kind: "pages",
        url: [1, 2, 3].map((n) => `${base}/${t}/p${n}`).join("\n"),
        actorId: admin.id,
      },
      fetch,
    );
    const now = new Date("2026-12-01T10:00:00Z");
    const run = await harvestSource(db, list.id, { fetch, now, maxPages: 2 });
    expect(run.pagesFetched).toBe(2);
    expect(run.reviews.created).toBe(2);
    const rest = await harvestSource(db, list.id, { fetch, now, maxPages: 2 });
    expect(rest.pagesFetched).toBe(1);

    routes.set(
      `/${t}/feed.xml`,
      xml(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>c</title><item><title>a</title><link>${base}/${t}/p1</link></item></channel></rss>`,
      ),
    );
    const feed = await addHarvestSource(
      db,
      { kind: "feed", url: `${base}/${t}/feed.xml`, actorId: admin.id },
      fetch,
    );
    const fromFeed = await harvestSource(db, feed.id, { fetch, now });
    expect(fromFeed.reviews).toEqual({ created: 0, updated: 0, unchanged: 1, errors: 0 });
  });

  it("refuses private and loopback addresses when not in a test, and non-admins", async () => {
    const db = getDb();
    const admin = await createTestUser(db, "admin");
    const reviewer = await createTestUser(db, "reviewer");
    await expect(
      addHarvestSource(db, {
        kind: "sitemap",
        url: "http://127.0.0.1:8080/sitemap.xml",
        actorId: admin.id,
      }),
    ).rejects.toThrow(/loopback/);
    await expect(
      addHarvestSource(db, {
        kind: "pages",
        url: "https://ok.example/a\nhttp://10.0.0.1/b",
        actorId: admin.id,
      }),
    ).rejects.toThrow(/line 2: Refused: 10\.0\.0\.1 is a private address/);
    await expect(
      addHarvestSource(db, {
        kind: "sitemap",
        url: "https://ok.example/s.xml",
        actorId: reviewer.id,
      }),
    ).rejects.toThrow(/admin/i);
    // A host name is checked when fetched: the worker without the test option refuses loopback.
    const source = await addHarvestSource(db, {
      kind: "pages",
      url: `http://localhost:${new URL(base).port}/x-${randomBytes(3).toString("hex")}`,
      actorId: admin.id,
    });
    const run = await harvestSource(db, source.id, { now: new Date() });
    expect(run.pagesFailed).toBe(1);
    const page = await db.harvestPage.findFirstOrThrow({ where: { sourceId: source.id } });
    expect(page.lastError).toMatch(/^Refused: localhost resolves to .*loopback/);
  });
});
