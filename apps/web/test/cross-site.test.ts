// Issue 16: a cross-site document POST answered an empty 500 (Remix's origin check throws).
import { describe, expect, it } from "vitest";
import { isCrossSite, REFUSED_HEADER, refuseCrossSitePosts } from "../http/cross-site.ts";

function recorder() {
  const seen: Request[] = [];
  const handle = refuseCrossSitePosts(async (request) => {
    seen.push(request);
    return new Response("ok");
  });
  return { seen, handle };
}

const post = (path: string, headers: Record<string, string>) =>
  new Request(`http://desk.test${path}`, {
    method: "POST",
    headers: { host: "desk.test", "content-type": "application/x-www-form-urlencoded", ...headers },
    body: "email=a&password=b",
  });

describe("cross-site document POSTs", () => {
  it("become a GET of the same page marked refused: no action runs, the root answers 403", async () => {
    const { seen, handle } = recorder();
    await handle(post("/login", { origin: "https://evil.example" }));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe("GET");
    expect(new URL(seen[0]!.url).pathname).toBe("/login");
    expect(seen[0]!.headers.get(REFUSED_HEADER)).toBe("cross-site");
    expect(seen[0]!.body).toBeNull();
  });

  it("also for an opaque (null) origin", async () => {
    const { seen, handle } = recorder();
    await handle(post("/logout", { origin: "null" }));
    expect(seen[0]!.method).toBe("GET");
  });

  it("single-fetch data requests get a plain 403", async () => {
    const { seen, handle } = recorder();
    const response = await handle(post("/login.data", { origin: "https://evil.example" }));
    expect(response.status).toBe(403);
    expect(seen).toHaveLength(0);
  });

  it("leave same-site posts, posts without Origin, and the API alone", async () => {
    const { seen, handle } = recorder();
    await handle(post("/login", { origin: "http://desk.test" }));
    await handle(post("/login", {}));
    await handle(post("/api/trpc/user.create", { origin: "https://evil.example" }));
    expect(seen.map((r) => r.method)).toEqual(["POST", "POST", "POST"]);
    expect(seen.every((r) => !r.headers.has(REFUSED_HEADER))).toBe(true);
  });

  it("drops a refused-marker a client sent itself", async () => {
    const { seen, handle } = recorder();
    await handle(
      new Request("http://desk.test/", { headers: { host: "desk.test", [REFUSED_HEADER]: "x" } }),
    );
    expect(seen[0]!.headers.has(REFUSED_HEADER)).toBe(false);
  });

  it("compares the Origin with X-Forwarded-Host or Host, as Remix does", () => {
    const r = (headers: Record<string, string>) =>
      new Request("http://desk.test/", { method: "POST", headers });
    expect(isCrossSite(r({ host: "desk.test", origin: "http://desk.test" }))).toBe(false);
    expect(isCrossSite(r({ host: "desk.test", origin: "http://other.test" }))).toBe(true);
    expect(isCrossSite(r({ host: "desk.test", origin: "not a url" }))).toBe(true);
  });
});
