// The in-memory static file server (http/static-files.ts), exercised through a real
// node:http server on 127.0.0.1 over a temporary client build. Requests go through node:http
// (not fetch, which decompresses and normalizes `..` away) so raw paths and bytes are checked.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createNodeHandler } from "../http/node-handler.ts";
import { createStaticFiles } from "../http/static-files.ts";
import { send as sendTo } from "./node-handler-harness.ts";

// --- fixture ---------------------------------------------------------------------------------

const APP_JS = Buffer.from(
  Array.from(
    { length: 120 },
    (_, i) => `export function claim${i}(verdict) { return verdict === "false" ? ${i} : -${i}; }\n`,
  ).join(""),
);
const TINY_CSS = Buffer.from("body { margin: 0; color: #222; }\n");
const FAVICON = Buffer.from([0, 0, 1, 0, 1, 0, 16, 16, 0, 0, 1, 0, 32, 0, 0xff, 0xfe, 0x80, 0x7f]);
const SECRET = "SECRET: this file is outside the client build";

const APP_JS_TYPE = "text/javascript; charset=utf-8";
const IMMUTABLE = "public, max-age=31536000, immutable";
const ONE_HOUR = "public, max-age=3600";

let root: string; // holds server.ts (the secret) and client/ (the served directory)
let clientDir: string;
let statics: ReturnType<typeof createStaticFiles>;
let server: Server;
let port: number;
/** What serve() returned for each request, in order. */
let handled: boolean[];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "claimdesk-static-"));
  clientDir = join(root, "client");
  mkdirSync(join(clientDir, "assets"), { recursive: true });
  writeFileSync(join(clientDir, "assets", "app-abc.js"), APP_JS);
  writeFileSync(join(clientDir, "assets", "tiny.css"), TINY_CSS);
  writeFileSync(join(clientDir, "favicon.ico"), FAVICON);
  writeFileSync(join(root, "server.ts"), SECRET);
  writeFileSync(join(root, "secret.txt"), SECRET);

  statics = createStaticFiles(clientDir);
  server = createServer((req, res) => {
    const served = statics.serve(req, res);
    handled.push(served);
    if (!served) {
      res.writeHead(299, { "content-type": "text/plain" });
      res.end(`fell through: ${req.method} ${req.url}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  handled = [];
});

// --- helpers ---------------------------------------------------------------------------------

/** A request to the static server, or to the one on `options.port`. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; port?: number } = {},
) {
  return sendTo(options.port ?? port, path, options);
}

const GZIP = { "accept-encoding": "gzip, deflate, br" };

// --- tests -----------------------------------------------------------------------------------

describe("createStaticFiles", () => {
  it("loads every file under the directory, nested ones included", () => {
    expect(statics.size).toBe(3);
  });

  it("serves a large /assets/ script gzipped (level 9), cached for a year", async () => {
    expect(APP_JS.length).toBeGreaterThan(1024);
    const reply = await send("/assets/app-abc.js", { headers: GZIP });
    expect(reply.status).toBe(200);
    expect(handled).toEqual([true]);
    expect(reply.headers["content-type"]).toBe(APP_JS_TYPE);
    expect(reply.headers["cache-control"]).toBe(IMMUTABLE);
    expect(reply.headers["content-encoding"]).toBe("gzip");
    expect(reply.headers.vary).toBe("Accept-Encoding");
    expect(reply.headers.etag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    expect(reply.headers["content-length"]).toBe(String(reply.body.length));
    expect(reply.body.length).toBeLessThan(APP_JS.length);
    expect([reply.body[0], reply.body[1]]).toEqual([0x1f, 0x8b]);
    expect(reply.body[8]).toBe(2); // XFL = 2: zlib's mark for level 9
    expect(gunzipSync(reply.body).equals(APP_JS)).toBe(true);
  });

  it("serves the same script uncompressed to a client without Accept-Encoding", async () => {
    const reply = await send("/assets/app-abc.js");
    expect(reply.status).toBe(200);
    expect(reply.headers["content-encoding"]).toBeUndefined();
    expect(reply.headers.vary).toBe("Accept-Encoding");
    expect(reply.headers["content-length"]).toBe(String(APP_JS.length));
    expect(reply.body.equals(APP_JS)).toBe(true);
  });

  it.each(["gzip;q=0", "identity", "br", "*;q=0"])(
    "serves the script uncompressed for Accept-Encoding: %s",
    async (acceptEncoding) => {
      const reply = await send("/assets/app-abc.js", {
        headers: { "accept-encoding": acceptEncoding },
      });
      expect(reply.headers["content-encoding"]).toBeUndefined();
      expect(reply.headers["content-length"]).toBe(String(APP_JS.length));
      expect(reply.body.equals(APP_JS)).toBe(true);
    },
  );

  it("sends the same gzip bytes every time (compressed once)", async () => {
    const first = await send("/assets/app-abc.js", { headers: GZIP });
    const second = await send("/assets/app-abc.js?v=2", { headers: { "accept-encoding": "gzip" } });
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(second.headers["content-encoding"]).toBe("gzip");
    expect(second.body.equals(first.body)).toBe(true);
  });

  it("serves a small stylesheet as it is, without Vary, cached for a year", async () => {
    expect(TINY_CSS.length).toBeLessThan(1024);
    const reply = await send("/assets/tiny.css", { headers: GZIP });
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toBe("text/css; charset=utf-8");
    expect(reply.headers["cache-control"]).toBe(IMMUTABLE);
    expect(reply.headers["content-encoding"]).toBeUndefined();
    expect(reply.headers.vary).toBeUndefined();
    expect(reply.headers["content-length"]).toBe(String(TINY_CSS.length));
    expect(reply.body.equals(TINY_CSS)).toBe(true);
  });

  it("serves the favicon byte for byte, never gzipped, cached for an hour", async () => {
    const reply = await send("/favicon.ico", { headers: GZIP });
    expect(reply.status).toBe(200);
    expect(handled).toEqual([true]);
    expect(reply.headers["content-type"]).toBe("image/x-icon");
    expect(reply.headers["cache-control"]).toBe(ONE_HOUR);
    expect(reply.headers["content-encoding"]).toBeUndefined();
    expect(reply.headers.vary).toBeUndefined();
    expect(reply.headers["content-length"]).toBe(String(FAVICON.length));
    expect(reply.body.equals(FAVICON)).toBe(true);
  });

  it("gives each file a stable weak ETag, the same gzipped or not", async () => {
    const gz = await send("/assets/app-abc.js", { headers: GZIP });
    const plain = await send("/assets/app-abc.js");
    const css = await send("/assets/tiny.css");
    const icon = await send("/favicon.ico");
    expect(gz.headers.etag).toBeDefined();
    expect(plain.headers.etag).toBe(gz.headers.etag);
    const tags = new Set([gz.headers.etag, css.headers.etag, icon.headers.etag]);
    expect(tags.size).toBe(3);
    for (const tag of tags) expect(tag).toMatch(/^W\/".+"$/);
  });

  describe("If-None-Match", () => {
    let etag: string;
    beforeAll(async () => {
      etag = (await send("/assets/app-abc.js")).headers.etag!;
    });

    it("answers 304 with no body for the file's ETag", async () => {
      const reply = await send("/assets/app-abc.js", {
        headers: { "if-none-match": etag, ...GZIP },
      });
      expect(reply.status).toBe(304);
      expect(reply.body.length).toBe(0);
      expect(reply.headers.etag).toBe(etag);
      expect(reply.headers["cache-control"]).toBe(IMMUTABLE);
      expect(reply.headers.vary).toBe("Accept-Encoding");
      expect(reply.headers["content-encoding"]).toBeUndefined();
      expect(reply.headers["content-length"]).toBeUndefined();
    });

    it("answers 304 when the ETag is one of a list", async () => {
      const reply = await send("/assets/app-abc.js", {
        headers: { "if-none-match": `W/"older", "other",   ${etag} , W/"newer"` },
      });
      expect(reply.status).toBe(304);
      expect(reply.body.length).toBe(0);
    });

    it("answers 304 to HEAD too", async () => {
      const reply = await send("/assets/app-abc.js", {
        method: "HEAD",
        headers: { "if-none-match": etag },
      });
      expect(reply.status).toBe(304);
    });

    it("answers 200 with the file when no tag matches", async () => {
      const reply = await send("/assets/app-abc.js", {
        headers: { "if-none-match": `W/"not-it", "also-not"` },
      });
      expect(reply.status).toBe(200);
      expect(reply.body.equals(APP_JS)).toBe(true);
    });

    it("does not match another file's ETag", async () => {
      const reply = await send("/assets/tiny.css", { headers: { "if-none-match": etag } });
      expect(reply.status).toBe(200);
      expect(reply.body.equals(TINY_CSS)).toBe(true);
    });

    // RFC 9110 13.1.2: If-None-Match uses the weak comparison (W/ ignored on either side),
    // and "*" matches any current representation.
    it("compares weakly (a tag without W/ matches) and honours *", async () => {
      const strong = etag.slice(2);
      const unprefixed = await send("/assets/app-abc.js", { headers: { "if-none-match": strong } });
      expect(unprefixed.status).toBe(304);
      const star = await send("/assets/app-abc.js", { headers: { "if-none-match": "*" } });
      expect(star.status).toBe(304);
    });
  });

  it("answers HEAD with GET's headers and no body", async () => {
    const get = await send("/assets/app-abc.js", { headers: GZIP });
    const head = await send("/assets/app-abc.js", { method: "HEAD", headers: GZIP });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-type"]).toBe(APP_JS_TYPE);
    expect(head.headers["content-encoding"]).toBe("gzip");
    expect(head.headers["content-length"]).toBe(get.headers["content-length"]);
    expect(head.headers.etag).toBe(get.headers.etag);
  });

  it.each(["/assets/missing.js", "/assets/", "/assets/app-abc.js.map", "/assets/sub/app-abc.js"])(
    "answers 404 for %s (under /assets/, not a file)",
    async (path) => {
      const reply = await send(path, { headers: GZIP });
      expect(reply.status).toBe(404);
      expect(handled).toEqual([true]);
      expect(reply.headers["content-type"]).toBe("text/plain; charset=utf-8");
      expect(reply.headers["cache-control"]).toBeUndefined();
      expect(reply.body.toString()).toBe("Not found.");
    },
  );

  it.each([
    "/",
    "/fact-checks/the-moon",
    "/assets",
    "/ASSETS/app-abc.js",
    "/favicon.ico/extra",
    "//favicon.ico",
    "/robots.txt",
  ])("returns false for %s so the app answers", async (path) => {
    const reply = await send(path);
    expect(handled).toEqual([false]);
    expect(reply.status).toBe(299);
    expect(reply.body.toString()).toBe(`fell through: GET ${path}`);
  });

  it.each([
    "/assets/../server.ts",
    "/assets/../../server.ts",
    "/../server.ts",
    "/../secret.txt",
    "/%2e%2e%2fserver.ts",
    "/%2e%2e/server.ts",
    "/assets/%2e%2e%2f%2e%2e%2fserver.ts",
    "/assets/..%2f..%2fsecret.txt",
    "/assets/..%5c..%5csecret.txt",
    "/..%5cserver.ts",
    "/assets/%252e%252e%252fserver.ts",
    "/./../server.ts",
  ])("never serves a file outside the directory for %s", async (path) => {
    const reply = await send(path, { headers: GZIP });
    expect(reply.body.toString("latin1")).not.toContain("SECRET");
    expect(reply.status === 404 || reply.status === 299).toBe(true);
    // Whatever the answer, it is not a served file.
    expect(reply.headers.etag).toBeUndefined();
    expect(reply.headers["cache-control"]).toBeUndefined();
    if (reply.status === 404) expect(handled).toEqual([true]);
    else expect(handled).toEqual([false]);
  });

  it.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])(
    "answers 405 with Allow for %s on a file",
    async (method) => {
      const reply = await send("/assets/app-abc.js", { method });
      expect(reply.status).toBe(405);
      expect(handled).toEqual([true]);
      expect(reply.headers.allow).toBe("GET, HEAD");
      expect(reply.headers.etag).toBeUndefined();
      expect(reply.body.toString()).toBe("Method not allowed.");
    },
  );

  it("lets a POST to an app path through", async () => {
    const reply = await send("/fact-checks/new", { method: "POST" });
    expect(handled).toEqual([false]);
    expect(reply.status).toBe(299);
  });

  it("ignores the query string", async () => {
    const js = await send("/assets/app-abc.js?v=123&x=%2e%2e", { headers: GZIP });
    expect(js.status).toBe(200);
    expect(gunzipSync(js.body).equals(APP_JS)).toBe(true);
    const icon = await send("/favicon.ico?");
    expect(icon.status).toBe(200);
    expect(icon.body.equals(FAVICON)).toBe(true);
    const missing = await send("/assets/missing.js?app-abc.js");
    expect(missing.status).toBe(404);
    const page = await send("/?/favicon.ico");
    expect(page.status).toBe(299);
  });

  it("decodes percent-encoded paths to the file they name", async () => {
    const reply = await send("/assets/app%2Dabc%2ejs");
    expect(reply.status).toBe(200);
    expect(reply.body.equals(APP_JS)).toBe(true);
  });

  it("returns false (and does not throw) for a malformed percent-encoding", async () => {
    const reply = await send("/%E0%A4%A/x");
    expect(handled).toEqual([false]);
    expect(reply.status).toBe(299);
  });
});

describe("createStaticFiles: served from memory", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "claimdesk-static-mem-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps serving what it read at start, and ignores files added later", async () => {
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "assets", "a.css"), "a { color: red }");
    const files = createStaticFiles(dir);
    writeFileSync(join(dir, "assets", "a.css"), "a { color: blue }");
    writeFileSync(join(dir, "assets", "late.css"), "late");
    writeFileSync(join(dir, "late.txt"), "late");

    const s = createServer((req, res) => {
      if (!files.serve(req, res)) {
        res.writeHead(299);
        res.end();
      }
    });
    await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
    try {
      const p = (s.address() as AddressInfo).port;
      const a = await send("/assets/a.css", { port: p });
      expect(a.body.toString()).toBe("a { color: red }");
      expect((await send("/assets/late.css", { port: p })).status).toBe(404);
      expect((await send("/late.txt", { port: p })).status).toBe(299);
    } finally {
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    }
  });

  it("types each file by its extension and gzips only large text", async () => {
    const bigText = "x".repeat(1500);
    const bigBinary = Buffer.alloc(4000, 7);
    const entries: [string, string | Buffer, string, boolean][] = [
      ["assets/logo.svg", `<svg>${bigText}</svg>`, "image/svg+xml", true],
      ["assets/data.json", `{"a":"${bigText}"}`, "application/json; charset=utf-8", true],
      ["assets/app.js.map", `{"m":"${bigText}"}`, "application/json; charset=utf-8", true],
      ["assets/entry.mjs", `// ${bigText}`, "text/javascript; charset=utf-8", true],
      ["index.html", `<p>${bigText}</p>`, "text/html; charset=utf-8", true],
      ["robots.txt", `# ${bigText}`, "text/plain; charset=utf-8", true],
      ["site.webmanifest", `{"n":"${bigText}"}`, "application/manifest+json", true],
      ["assets/font.woff2", bigBinary, "font/woff2", false],
      ["assets/font.woff", bigBinary, "font/woff", false],
      ["assets/photo.PNG", bigBinary, "image/png", false],
      ["assets/photo.jpeg", bigBinary, "image/jpeg", false],
      ["assets/anim.gif", bigBinary, "image/gif", false],
      ["assets/pic.webp", bigBinary, "image/webp", false],
      ["assets/blob.bin", `${bigText}`, "application/octet-stream", false],
      ["assets/name with space.txt", `${bigText}`, "text/plain; charset=utf-8", true],
    ];
    mkdirSync(join(dir, "assets"));
    for (const [path, body] of entries) writeFileSync(join(dir, path), body);
    const files = createStaticFiles(dir);
    expect(files.size).toBe(entries.length);

    const s = createServer((req, res) => {
      if (!files.serve(req, res)) {
        res.writeHead(299);
        res.end();
      }
    });
    await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
    try {
      const p = (s.address() as AddressInfo).port;
      for (const [path, body, type, gzipped] of entries) {
        const url = `/${path.split("/").map(encodeURIComponent).join("/")}`;
        const reply = await send(url, { port: p, headers: { "accept-encoding": "gzip" } });
        const expected = Buffer.from(body);
        expect(reply.status, path).toBe(200);
        expect(reply.headers["content-type"], path).toBe(type);
        expect(reply.headers["cache-control"], path).toBe(
          path.startsWith("assets/") ? IMMUTABLE : ONE_HOUR,
        );
        expect(reply.headers["content-encoding"], path).toBe(gzipped ? "gzip" : undefined);
        const got = gzipped ? gunzipSync(reply.body) : reply.body;
        expect(got.equals(expected), path).toBe(true);
      }
    } finally {
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    }
  });
});

describe("createStaticFiles behind createNodeHandler", () => {
  it("serves files before the app and lets other paths reach it", async () => {
    const seen: string[] = [];
    const s = createServer(
      createNodeHandler({
        handle: async (request) => {
          seen.push(new URL(request.url).pathname);
          return new Response("from the app", { headers: { "content-type": "text/plain" } });
        },
        serveStatic: statics.serve,
      }),
    );
    await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
    try {
      const p = (s.address() as AddressInfo).port;
      const asset = await send("/assets/app-abc.js", { port: p, headers: GZIP });
      expect(asset.headers["cache-control"]).toBe(IMMUTABLE);
      expect(gunzipSync(asset.body).equals(APP_JS)).toBe(true);
      expect((await send("/assets/nope.js", { port: p })).status).toBe(404);
      const page = await send("/fact-checks", { port: p });
      expect(page.body.toString()).toBe("from the app");
      expect(seen).toEqual(["/fact-checks"]);
    } finally {
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    }
  });
});
