import http from "node:http";
import type { AddressInfo } from "node:net";
import { createUrlArticle, ingestUrlArticle } from "@claimdesk/core/ingest";
import { getDb } from "@claimdesk/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleHtml } from "./helpers.ts";

let server: http.Server;
let base: string;
const requests: string[] = [];
let bigBytesSent = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push(req.url ?? "");
    if (req.url?.startsWith("/story")) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(articleHtml("Council cuts bridge budget"));
    } else if (req.url === "/to-metadata") {
      res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/iam/" });
      res.end();
    } else if (req.url === "/to-private") {
      res.writeHead(301, { location: "http://192.168.1.1/admin" });
      res.end();
    } else if (req.url === "/huge") {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, "x");
      const write = () => {
        while (bigBytesSent < 50 * 1024 * 1024) {
          bigBytesSent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", write);
        }
        res.end();
      };
      write();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const testOnly = { allowLoopbackForTests: true } as const;

async function ingest(
  url: string,
  options: {
    loopback?: boolean;
    resolver?: () => Promise<{ address: string; family: 4 | 6 }[]>;
  } = {},
) {
  const db = getDb();
  const policy = options.loopback ? testOnly : {};
  const { article } = await createUrlArticle(db, { url }, policy);
  const outcome =
    article.status === "queued"
      ? await ingestUrlArticle(db, article.id, { fetch: { ...policy, resolver: options.resolver } })
      : null;
  return { outcome, article: await db.article.findUniqueOrThrow({ where: { id: article.id } }) };
}

describe("URL ingestion refuses internal addresses and oversized pages, with the reason on the article", () => {
  it("refuses 127.0.0.1 without the test-only option and fetches it with it", async () => {
    const before = requests.length;
    const refused = await ingest(`${base}/story`);
    expect(refused.article.status).toBe("failed");
    expect(refused.article.error).toBe("Refused: 127.0.0.1 is a loopback address");
    expect(requests.length).toBe(before); // nothing reached the server

    const allowed = await ingest(`${base}/story?id=2&utm_source=test#top`, { loopback: true });
    expect(allowed.article.status).toBe("ready");
    expect(allowed.article.title).toBe("Council cuts bridge budget");
    expect(allowed.article.url).toBe(`${base}/story?id=2`); // utm_* and fragment stripped
    expect(allowed.article.body.split("\n\n").length).toBe(6);
    expect(
      await getDb().statement.count({ where: { articleId: allowed.article.id } }),
    ).toBeGreaterThan(0);
  });

  it("refuses cloud metadata, private ranges and redirects there", async () => {
    const meta = await ingest("http://169.254.169.254/latest/meta-data/");
    expect(meta.article.error).toBe(
      "Refused: 169.254.169.254 is a link-local address (cloud metadata service)",
    );
    const privateIp = await ingest("http://10.1.2.3:8080/internal");
    expect(privateIp.article.error).toBe("Refused: 10.1.2.3 is a private address");

    const redirectMeta = await ingest(`${base}/to-metadata`, { loopback: true });
    expect(redirectMeta.article.status).toBe("failed");
    expect(redirectMeta.article.error).toBe(
      "Refused: redirected to http://169.254.169.254/latest/meta-data/iam/: 169.254.169.254 is a link-local address (cloud metadata service)",
    );
    const redirectPrivate = await ingest(`${base}/to-private`, { loopback: true });
    expect(redirectPrivate.article.error).toMatch(
      /^Refused: redirected to http:\/\/192\.168\.1\.1\/admin: 192\.168\.1\.1 is a private address$/,
    );
  });

  it("refuses a public-looking name whose DNS answer is private", async () => {
    const resolver = async () => [{ address: "172.20.0.5", family: 4 as const }];
    const { article, outcome } = await ingest("https://news.example.com/story", { resolver });
    expect(outcome?.outcome).toBe("refused");
    expect(article.error).toBe(
      "Refused: news.example.com resolves to 172.20.0.5, which is a private address",
    );
  });

  it("cuts a 50 MB response at the 5 MB cap and says so on the article", async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const { article } = await ingest(`${base}/huge`, { loopback: true });
    expect(article.status).toBe("failed");
    expect(article.error).toMatch(
      /^Refused: the response is larger than the 5 MB limit \(stopped reading after 5(\.\d)? MB\)$/,
    );
    expect(article.body).toBe("");
    await new Promise((r) => setTimeout(r, 200));
    expect(bigBytesSent).toBeLessThan(20 * 1024 * 1024);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(30 * 1024 * 1024);
  });
});
