import http from "node:http";
import type { AddressInfo } from "node:net";
import { getDb } from "@claimdesk/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCheckedClaim } from "../testing/index.ts";
import { approveCorrection, correctVerdict } from "./correct-verdict.ts";
import { sendPagePurges } from "./page-purge.ts";
import { publishClaim } from "./publish-claim.ts";

// A stand-in CDN purge API on loopback: records each request, answers with `status`.
const received: { auth: string | undefined; body: { urls: string[] } }[] = [];
let status = 200;
let server: http.Server;
let purgeUrl = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let data = "";
    req.on("data", (c) => {
      data += c;
    });
    req.on("end", () => {
      received.push({ auth: req.headers.authorization, body: JSON.parse(data) });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  purgeUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/purge`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("CDN purges", () => {
  it("sends the changed pages of a publication and a correction once, and retries a refused purge later", async () => {
    const db = getDb();
    await db.pagePurge.deleteMany({});
    const { claim, editor, scale } = await createCheckedClaim(db);
    const other = await createCheckedClaim(db);
    const { slug } = await publishClaim(db, { claimId: claim.id, actorId: editor.id });
    const options = { purgeUrl, token: "secret-token", origin: "https://checks.example.org/" };

    status = 503;
    const refused = await sendPagePurges(db, options);
    expect(refused).toMatchObject({ purged: 0, failed: 1, error: "the CDN answered HTTP 503" });
    const row = await db.pagePurge.findFirstOrThrow();
    expect(row.attempts).toBe(1);
    expect(row.availableAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
    // Not due yet: nothing is sent.
    expect((await sendPagePurges(db, options)).purged).toBe(0);
    expect(received).toHaveLength(1);

    await db.pagePurge.updateMany({ data: { availableAt: new Date() } });
    const { rating } = await correctVerdict(db, {
      claimId: claim.id,
      actorId: editor.id,
      labelId: scale.labels.find((l) => l.slug === "false")?.id ?? scale.labels[0]!.id,
      rationale: "New counts.",
      correctionNote: "We used the wrong year's counts.",
    });
    await approveCorrection(db, { ratingId: rating.id, actorId: other.editor.id });
    status = 200;
    const sent = await sendPagePurges(db, options);
    expect(sent.purged).toBe(2);
    expect(received.at(-1)).toEqual({
      auth: "Bearer secret-token",
      body: {
        urls: [
          `https://checks.example.org/fact-checks/${slug}`,
          "https://checks.example.org/fact-checks",
          "https://checks.example.org/api/claimreview",
        ],
      },
    });
    expect(await db.pagePurge.count({ where: { purgedAt: null } })).toBe(0);
    expect((await sendPagePurges(db, options)).purged).toBe(0);
    expect(received).toHaveLength(2);
  });
});
