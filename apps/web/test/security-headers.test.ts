// Issue 16: no response carried security headers. Every answer of the web server (a page, the
// API, a static asset, its own 400/500) now carries them; a page's inline scripts get a fresh
// nonce per request that the CSP names.
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import type { FetchHandler } from "../http/node-handler.ts";
import { start as listen } from "./node-handler-harness.ts";

async function start(
  handle: FetchHandler,
  options: { publicOrigin?: string; trustProxy?: number } = {},
) {
  return listen(handle, {
    ...options,
    serveStatic: (req, res) => {
      if (!req.url?.startsWith("/assets/")) return false;
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
      res.end("export {};");
      return true;
    },
  });
}

function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: "127.0.0.1", port, path, headers, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    })
      .on("error", reject)
      .end();
  });
}

const app: FetchHandler = async (request) => {
  const path = new URL(request.url).pathname;
  if (path === "/boom") throw new Error("boom");
  if (path.startsWith("/api/"))
    return Response.json({ ok: true, nonce: request.headers.get("x-csp-nonce") });
  return new Response(`<script nonce="${request.headers.get("x-csp-nonce")}"></script>`, {
    headers: { "content-type": "text/html; charset=utf-8" },
  });
};

describe("security headers", () => {
  it.each([
    ["a desk page", "/queue"],
    ["a public fact-check", "/fact-checks/some-claim"],
    ["the API", "/api/claimreview"],
    ["a static asset", "/assets/entry.client-abc.js"],
    ["a malformed request (400)", "/fact-checks/a%00b"],
    ["a failed request (500)", "/boom"],
  ])("are on %s", async (_what, path) => {
    const port = await start(app);
    const reply = await get(port, path);
    const csp = String(reply.headers["content-security-policy"]);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{22,}'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/base-uri 'self'/);
    expect(csp).toMatch(/form-action 'self'/);
    expect(reply.headers["x-frame-options"]).toBe("DENY");
    expect(reply.headers["x-content-type-options"]).toBe("nosniff");
    expect(reply.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    // Plain http, no https origin configured: no HSTS (a browser would pin a site that has none).
    expect(reply.headers["strict-transport-security"]).toBeUndefined();
  });

  it("gives each request its own nonce, the one the app renders with", async () => {
    const port = await start(app);
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const reply = await get(port, "/", { "x-csp-nonce": "chosen-by-the-client" });
      const nonce = /'nonce-([^']+)'/.exec(String(reply.headers["content-security-policy"]))?.[1];
      expect(nonce).toBeDefined();
      expect(nonce).not.toBe("chosen-by-the-client");
      nonces.add(nonce!);
    }
    expect(nonces.size).toBe(3);
  });

  it("sends HSTS when the public origin is https", async () => {
    const port = await start(app, { publicOrigin: "https://desk.example.org" });
    const reply = await get(port, "/queue");
    expect(reply.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  });

  it("sends HSTS when a trusted proxy says the request came over https, not when a client does", async () => {
    const trusted = await start(app, { trustProxy: 1 });
    expect(
      (await get(trusted, "/", { "x-forwarded-proto": "https" })).headers[
        "strict-transport-security"
      ],
    ).toBeDefined();
    const direct = await start(app);
    expect(
      (await get(direct, "/", { "x-forwarded-proto": "https" })).headers[
        "strict-transport-security"
      ],
    ).toBeUndefined();
  });
});
