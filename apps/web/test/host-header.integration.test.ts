// Issue 16: without PUBLIC_ORIGIN, a public fact-check's canonical and JSON-LD URLs follow the
// request's Host header, and the page was publicly cacheable: a forged Host could poison a
// shared cache. Such pages are now private; with PUBLIC_ORIGIN they are shared and the Host is
// ignored (apps/web/test/public-fact-checks.integration.test.ts).
import { publishClaim } from "@claimdesk/core/publishing";
import { createCheckedClaim } from "@claimdesk/core/testing";
import { getDb } from "@claimdesk/db";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { loader as feedLoader } from "../app/routes/api.claimreview.ts";
import { loader as pageLoader } from "../app/routes/fact-checks.$slug.tsx";

let slug = "";
beforeAll(async () => {
  delete process.env.PUBLIC_ORIGIN;
  const base = await createCheckedClaim(getDb(), { text: "Ferry fares fell by half" });
  slug = (await publishClaim(getDb(), { claimId: base.claim.id, actorId: base.editor.id })).slug;
});

const forged = (path: string, params: Record<string, string> = {}) =>
  ({
    request: new Request(`http://evil.example${path}`),
    params,
    context: {},
  }) as LoaderFunctionArgs;

describe("without PUBLIC_ORIGIN", () => {
  it("a fact-check page whose URLs follow the Host is not shared-cacheable", async () => {
    const result = (await pageLoader(forged(`/fact-checks/${slug}`, { slug }))) as unknown as {
      data: { url: string };
      init: ResponseInit | null;
    };
    expect(result.data.url).toContain("evil.example");
    expect(new Headers(result.init?.headers).get("cache-control")).toBe("private, no-store");
  });

  it("nor is the ClaimReview feed", async () => {
    const response = await feedLoader(forged("/api/claimreview"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });
});
