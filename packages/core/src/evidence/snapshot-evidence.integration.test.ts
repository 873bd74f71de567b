import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getDb } from "@claimdesk/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCheckedClaim } from "../testing/index.ts";
import { addEvidence } from "./evidence-mutations.ts";
import {
  getEvidenceSnapshot,
  requestEvidenceSnapshot,
  snapshotEvidence,
} from "./snapshot-evidence.ts";

let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/report") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><html><head><title>Traffic counts 2025</title><script>steal()</script></head>
        <body><article><h1>Traffic counts 2025</h1><p>Average daily traffic on the harbor bridge was 41,300 vehicles.</p>
        <p onclick="x()">Counts were taken in March.</p></article></body></html>`);
    } else if (req.url === "/slow") {
      setTimeout(() => res.end("late"), 2000);
    } else {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<p>gone</p>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const loopback = { allowLoopbackForTests: true };

async function evidenceFor(url: string) {
  const db = getDb();
  const { claim, author } = await createCheckedClaim(db, { stage: "draft" });
  const evidence = await addEvidence(db, {
    claimId: claim.id,
    actorId: author.id,
    url,
    title: "A source",
    stance: "refutes",
  });
  expect(evidence.snapshotStatus).toBe("pending");
  return { evidence, author };
}

describe("evidence snapshots", () => {
  it("keeps readable, sanitised text with its title, domain, fetch time and content hash", async () => {
    const db = getDb();
    const { evidence } = await evidenceFor(`${base}/report`);
    const outcome = await snapshotEvidence(db, evidence.id, { fetch: loopback });
    expect(outcome.status).toBe("stored");
    const s = await getEvidenceSnapshot(db, evidence.id);
    expect(s).toMatchObject({
      status: "stored",
      snapshotTitle: "Traffic counts 2025",
      domain: "127.0.0.1",
      error: null,
    });
    expect(s.text).toContain("41,300 vehicles");
    expect(s.text).toContain("Counts were taken in March.");
    expect(s.text).not.toContain("steal");
    expect(s.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(s.fetchedAt).toBeInstanceOf(Date);
  });

  it("says why a fetch failed: the site's answer, a refused private address, a timeout; a retry marks it pending", async () => {
    const db = getDb();
    const missing = await evidenceFor(`${base}/missing`);
    expect(await snapshotEvidence(db, missing.evidence.id, { fetch: loopback })).toEqual({
      status: "failed",
      detail: "the site answered 404",
    });
    // Without the test-only option the SSRF guard refuses loopback, as in production.
    const refused = await evidenceFor(`${base}/report`);
    const outcome = await snapshotEvidence(db, refused.evidence.id);
    expect(outcome.detail).toMatch(/^private address refused/);
    const slow = await evidenceFor(`${base}/slow`);
    expect(
      await snapshotEvidence(db, slow.evidence.id, { fetch: { ...loopback, timeoutMs: 300 } }),
    ).toEqual({ status: "failed", detail: "timed out after 0 s" });

    expect((await getEvidenceSnapshot(db, missing.evidence.id)).error).toBe(
      "the site answered 404",
    );
    await requestEvidenceSnapshot(db, {
      evidenceId: missing.evidence.id,
      actorId: missing.author.id,
    });
    expect(await getEvidenceSnapshot(db, missing.evidence.id)).toMatchObject({
      status: "pending",
      error: null,
    });
  });
});
