// Issue 19: a sitemap's changed <lastmod> makes a harvested page due early, and a source can be
// deleted (its imported checks stay). Pages and sitemaps are served on loopback by this test.
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { getDb } from "@claimdesk/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestUser } from "../testing/index.ts";
import { harvestSource } from "./harvest-source.ts";
import { addHarvestSource, deleteHarvestSource, listHarvestSources } from "./manage-sources.ts";

const fetch = { allowLoopbackForTests: true };
const routes = new Map<string, { type: string; body: string }>();
let server: http.Server;
let base: string;

const reviewPage = (url: string, verdict: string, claim: string) =>
  `<html><head><script type="application/ld+json">${JSON.stringify({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url,
    claimReviewed: claim,
    datePublished: "2025-06-01",
    author: { "@type": "Organization", name: "Lastmod Checks" },
    reviewRating: { "@type": "Rating", alternateName: verdict },
  })}</script></head><body>Review</body></html>`;
const sitemap = (entries: { path: string; lastmod?: string }[]) =>
  `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries
    .map(
      (e) =>
        `<url><loc>${base}${e.path}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ""}</url>`,
    )
    .join("")}</urlset>`;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const route = routes.get(req.url ?? "");
    if (!route) res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    else res.writeHead(200, { "content-type": route.type }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const HOUR = 3_600_000;

describe("harvest: sitemap lastmod and deleting a source", { timeout: 60_000 }, () => {
  it("a page whose sitemap lastmod is later than its last fetch is fetched again at the next run", async () => {
    const db = getDb();
    const t = randomBytes(3).toString("hex");
    const [a, b] = [`/${t}/a`, `/${t}/b`];
    const setPage = (path: string, verdict: string) =>
      routes.set(path, {
        type: "text/html",
        body: reviewPage(`${base}${path}`, verdict, `Claim ${path} ${t}`),
      });
    setPage(a, "False");
    setPage(b, "True");
    const map = `/${t}/sitemap.xml`;
    const setMap = (lastA: string, lastB: string) =>
      routes.set(map, {
        type: "application/xml",
        body: sitemap([
          { path: a, lastmod: lastA },
          { path: b, lastmod: lastB },
        ]),
      });
    setMap("2026-11-01", "2026-11-01T08:00:00+00:00");
    const admin = await createTestUser(db, "admin");
    const source = await addHarvestSource(
      db,
      { kind: "sitemap", url: `${base}${map}`, actorId: admin.id },
      fetch,
    );
    const now = new Date("2026-12-01T10:00:00Z");
    const at = (hours: number) => new Date(now.getTime() + hours * HOUR);
    const first = await harvestSource(db, source.id, { fetch, now });
    expect(first).toMatchObject({ pagesFetched: 2, pagesChanged: 0 });

    // two hours on, nothing changed: the pages wait for their daily refresh
    expect(await harvestSource(db, source.id, { fetch, now: at(2) })).toMatchObject({
      pagesFetched: 0,
      pagesChanged: 0,
    });

    // page a changes at 13:00 and the sitemap says so: a is fetched at the 14:00 run, b is not
    setPage(a, "Misleading");
    setMap("2026-12-01T13:00:00Z", "2026-11-01T08:00:00+00:00");
    const changed = await harvestSource(db, source.id, { fetch, now: at(4) });
    expect(changed).toMatchObject({ pagesChanged: 1, pagesFetched: 1 });
    expect(changed.reviews).toMatchObject({ created: 0, updated: 1 });
    const claim = await db.claim.findFirstOrThrow({ where: { externalId: `${base}${a}` } });
    expect(claim.externalRating).toBe("Misleading");
    const summary = (await listHarvestSources(db)).find((s) => s.id === source.id);
    expect(summary?.lastRunSummary).toContain("1 changed since read");

    // read once after the change: not due again; a lastmod in the future waits until it passes
    setMap("2026-12-01T13:00:00Z", "2027-06-01");
    expect(await harvestSource(db, source.id, { fetch, now: at(5) })).toMatchObject({
      pagesFetched: 0,
      pagesChanged: 0,
    });
  });

  it("an admin deletes a source: its pages go, the checks imported from it stay, and the audit says so", async () => {
    const db = getDb();
    const t = randomBytes(3).toString("hex");
    const path = `/${t}/only`;
    routes.set(path, {
      type: "text/html",
      body: reviewPage(`${base}${path}`, "False", `Deleted source's claim ${t}`),
    });
    const admin = await createTestUser(db, "admin");
    const editor = await createTestUser(db, "editor");
    const source = await addHarvestSource(
      db,
      { kind: "pages", url: `${base}${path}`, name: `Gone ${t}`, actorId: admin.id },
      fetch,
    );
    await harvestSource(db, source.id, { fetch, now: new Date("2026-12-01T10:00:00Z") });
    const claim = await db.claim.findFirstOrThrow({ where: { externalId: `${base}${path}` } });

    await expect(
      deleteHarvestSource(db, { sourceId: source.id, actorId: editor.id }),
    ).rejects.toThrow(/admin/i);
    expect(await db.harvestSource.count({ where: { id: source.id } })).toBe(1);

    const deleted = await deleteHarvestSource(db, { sourceId: source.id, actorId: admin.id });
    expect(deleted).toMatchObject({ name: `Gone ${t}`, pages: 1, imported: 1, reviews: 1 });
    expect(await db.harvestSource.count({ where: { id: source.id } })).toBe(0);
    expect(await db.harvestPage.count({ where: { sourceId: source.id } })).toBe(0);
    expect(await db.claim.findUnique({ where: { id: claim.id } })).toMatchObject({
      origin: "claimreview",
      externalRating: "False",
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "harvest.delete", entityId: source.id },
    });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.data).toMatchObject({ url: `${base}${path}`, pages: 1, reviews: 1 });
    await expect(
      deleteHarvestSource(db, { sourceId: source.id, actorId: admin.id }),
    ).rejects.toThrow(/not found/i);
  });
});
