import http from "node:http";
import type { AddressInfo } from "node:net";
import { addFeed, ingestUrlArticle, pollAllFeeds } from "@claimdesk/core/ingest";
import { getDb } from "@claimdesk/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleHtml } from "./helpers.ts";

let server: http.Server;
let base: string;
const conditional: string[] = [];

const rss = (items: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Daily</title>${items
    .map((p) => `<item><title>${p}</title><link>${base}/a/${p}</link><guid>${p}</guid></item>`)
    .join("")}</channel></rss>`;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? "";
    if (url === "/good.xml") {
      if (req.headers["if-none-match"] === '"v1"') {
        conditional.push(url);
        res.writeHead(304);
        return res.end();
      }
      res.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"' });
      return res.end(rss(["one", "two"]));
    }
    if (url === "/atom.xml") {
      res.writeHead(200, { "content-type": "application/atom+xml" });
      return res.end(
        `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>tag:a,1</id><title>three</title><link href="${base}/a/three"/></entry></feed>`,
      );
    }
    if (url === "/broken.xml") {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      return res.end("<rss><channel><item><title>unclosed</channel></rss>");
    }
    if (url.startsWith("/a/")) {
      res.writeHead(200, { "content-type": "text/html" });
      return res.end(articleHtml(`Story ${url.slice(3)}`, 3));
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const testOnly = { allowLoopbackForTests: true } as const;

describe("feed polling", () => {
  it("ingests each new item once, uses conditional GET, and reports a malformed feed while the others keep polling", async () => {
    const db = getDb();
    const good = await addFeed(db, { url: `${base}/good.xml` }, testOnly);
    const broken = await addFeed(db, { url: `${base}/broken.xml` }, testOnly);
    const atom = await addFeed(db, { url: `${base}/atom.xml` }, testOnly);
    await expect(addFeed(db, { url: `${base}/good.xml` }, testOnly)).rejects.toThrow(
      /already followed/,
    );
    await expect(addFeed(db, { url: "http://10.0.0.1/feed.xml" })).rejects.toThrow(
      /private address/,
    );

    const first = await pollAllFeeds(db, { fetch: testOnly });
    const byFeed = new Map(first.map((r) => [r.feedId, r]));
    expect(byFeed.get(broken.id)).toEqual({
      feedId: broken.id,
      ok: false,
      error: expect.stringMatching(/^malformed XML at line 1, column \d+: /),
    });
    expect(byFeed.get(good.id)).toMatchObject({ ok: true, newItems: 2 });
    expect(byFeed.get(atom.id)).toMatchObject({ ok: true, newItems: 1 });
    const brokenRow = await db.feed.findUniqueOrThrow({ where: { id: broken.id } });
    expect(brokenRow.errorCount).toBe(1);
    expect(brokenRow.lastError).toMatch(/malformed XML/);
    expect((await db.feed.findUniqueOrThrow({ where: { id: good.id } })).etag).toBe('"v1"');

    // The queued articles ingest like any URL.
    const queued = await db.article.findMany({
      where: { source: "feed" },
      orderBy: { title: "asc" },
    });
    expect(queued.map((a) => a.status)).toEqual(["queued", "queued", "queued"]);
    for (const a of queued) {
      expect((await ingestUrlArticle(db, a.id, { fetch: testOnly })).outcome).toBe("ready");
    }

    // Second poll: 304 for the RSS feed, the Atom items already seen, the broken feed failing again.
    const second = await pollAllFeeds(db, { fetch: testOnly, force: true });
    expect(conditional).toEqual(["/good.xml"]);
    expect(second.find((r) => r.feedId === good.id)).toMatchObject({
      ok: true,
      notModified: true,
      newItems: 0,
    });
    expect(second.find((r) => r.feedId === atom.id)).toMatchObject({ ok: true, newItems: 0 });
    expect((await db.feed.findUniqueOrThrow({ where: { id: broken.id } })).errorCount).toBe(2);
    expect(await db.feedItem.count()).toBe(3);
    expect(await db.article.count({ where: { source: "feed" } })).toBe(3);

    // Without force, a failing feed backs off (2^errors minutes) while healthy ones are polled.
    const third = await pollAllFeeds(db, { fetch: testOnly });
    expect(third.map((r) => r.feedId).sort()).toEqual([good.id, atom.id].sort());
  });
});
