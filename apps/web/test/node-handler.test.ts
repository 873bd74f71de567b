// The node:http <-> Fetch adapter (http/node-handler.ts), exercised through real node:http
// servers on 127.0.0.1 and real requests. Requests go through node:http (not fetch, which
// decompresses and normalizes paths) so that raw bytes and raw header lines can be checked.
import { createHash } from "node:crypto";
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  acceptsGzip,
  COMPRESS_MIN_BYTES,
  createNodeHandler,
  type FetchHandler,
} from "../http/node-handler.ts";

// --- helpers ---------------------------------------------------------------------------------

const servers: Server[] = [];

const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

async function start(
  handle: FetchHandler,
  serveStatic?: (req: IncomingMessage, res: ServerResponse) => boolean,
  trustProxy?: number,
): Promise<number> {
  const server = createServer(createNodeHandler({ handle, serveStatic, trustProxy, log }));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  rawHeaders: string[];
  body: Buffer;
}

function send(
  port: number,
  path: string,
  options: {
    method?: string;
    headers?: Record<string, string | string[]>;
    body?: Buffer | string;
  } = {},
): Promise<Reply> {
  const headers = { ...options.headers };
  // node's client sends no length for a DELETE body on its own; say it unless chunked.
  if (options.body !== undefined && !headers["transfer-encoding"]) {
    headers["content-length"] = String(Buffer.byteLength(options.body));
  }
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port, path, method: options.method ?? "GET", headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            rawHeaders: res.rawHeaders,
            body: Buffer.concat(chunks),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** Writes raw bytes to the port and collects everything until the server closes. */
function sendRaw(port: number, raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("end", () => resolve(Buffer.concat(chunks).toString("latin1")));
    socket.on("error", reject);
    socket.write(raw);
  });
}

/** The values of one header name, one per raw line (case-insensitive). */
function rawLines(rawHeaders: string[], name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    if (rawHeaders[i]!.toLowerCase() === name) out.push(rawHeaders[i + 1]!);
  }
  return out;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Deterministic, compressible text of exactly n bytes. */
function text(n: number): string {
  const unit = "claimdesk fact check; ";
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

const BIG = text(5000);

function respond(body: BodyInit | null, init: ResponseInit = {}): FetchHandler {
  return async () => new Response(body, init);
}

// --- acceptsGzip -----------------------------------------------------------------------------

describe("acceptsGzip", () => {
  it("accepts gzip listed alone, in a list, in any case, with q > 0, or through *", () => {
    expect(acceptsGzip("gzip")).toBe(true);
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, GZIP;q=0.5")).toBe(true);
    expect(acceptsGzip("deflate, gzip;q=0.001")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
  });

  // RFC 9110 12.4.2: weight = OWS ";" OWS "q=" qvalue, so blanks around ";" are allowed.
  it("accepts gzip with blanks around the ';' of its weight", () => {
    expect(acceptsGzip("gzip ;q=0.8")).toBe(true);
    expect(acceptsGzip("br, gzip ; q=0.5")).toBe(true);
    expect(acceptsGzip("gzip ; q=0")).toBe(false);
  });

  it("refuses a missing or empty header, other codings, and q=0", () => {
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip("")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip("br, deflate")).toBe(false);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("gzip; q=0.000, br")).toBe(false);
    expect(acceptsGzip("*;q=0")).toBe(false);
  });

  // RFC 9110 12.5.3: "*" matches any coding *not explicitly listed*; an explicit gzip entry
  // wins over it whatever the order.
  it("lets an explicit gzip entry override the * wildcard, in either order", () => {
    expect(acceptsGzip("gzip;q=0, *")).toBe(false);
    expect(acceptsGzip("*, gzip;q=0")).toBe(false);
    expect(acceptsGzip("*;q=0, gzip")).toBe(true);
  });
});

// --- compression -----------------------------------------------------------------------------

describe("createNodeHandler: gzip", () => {
  it("gzips a large compressible body at level 1 when the client accepts gzip", async () => {
    const port = await start(respond(BIG, { headers: { "content-type": "text/html" } }));
    const reply = await send(port, "/", { headers: { "accept-encoding": "gzip, deflate" } });

    expect(reply.status).toBe(200);
    expect(reply.headers["content-encoding"]).toBe("gzip");
    expect(reply.headers.vary).toBe("Accept-Encoding");
    expect(reply.headers["content-length"]).toBe(String(reply.body.length));
    expect(reply.headers["transfer-encoding"]).toBeUndefined();
    expect(reply.body.length).toBeLessThan(BIG.length);
    // gzip magic, and XFL = 4: zlib's mark for its fastest levels (level 9 would be 2).
    expect([reply.body[0], reply.body[1]]).toEqual([0x1f, 0x8b]);
    expect(reply.body[8]).toBe(4);
    expect(gunzipSync(reply.body).toString("utf8")).toBe(BIG);
  });

  it("appends Accept-Encoding to the response's own Vary", async () => {
    const port = await start(
      respond(BIG, { headers: { "content-type": "text/plain", vary: "Cookie" } }),
    );
    const reply = await send(port, "/", { headers: { "accept-encoding": "gzip" } });
    expect(reply.headers["content-encoding"]).toBe("gzip");
    expect(reply.headers.vary).toBe("Cookie, Accept-Encoding");
  });

  it.each([
    "text/html; charset=utf-8",
    "text/css",
    "application/json",
    "application/javascript",
    "application/xml",
    "application/ld+json",
    "application/rss+xml",
    "image/svg+xml",
  ])("compresses %s", async (type) => {
    const port = await start(respond(BIG, { headers: { "content-type": type } }));
    const reply = await send(port, "/", { headers: { "accept-encoding": "gzip" } });
    expect(reply.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(reply.body).toString("utf8")).toBe(BIG);
  });

  it.each([["image/png"], ["application/octet-stream"], ["font/woff2"], [null]])(
    "does not compress content-type %s",
    async (type) => {
      const body = Buffer.from(BIG);
      const port = await start(
        async () => new Response(body, type ? { headers: { "content-type": type } } : {}),
      );
      const reply = await send(port, "/", { headers: { "accept-encoding": "gzip" } });
      expect(reply.headers["content-encoding"]).toBeUndefined();
      expect(reply.headers["content-length"]).toBe(String(body.length));
      expect(reply.body.equals(body)).toBe(true);
    },
  );

  it("sends the body as it is when the request has no Accept-Encoding", async () => {
    const port = await start(respond(BIG, { headers: { "content-type": "text/html" } }));
    const reply = await send(port, "/");
    expect(reply.headers["content-encoding"]).toBeUndefined();
    expect(reply.headers["content-length"]).toBe(String(Buffer.byteLength(BIG)));
    expect(reply.body.toString("utf8")).toBe(BIG);
  });

  it.each(["gzip;q=0", "identity", "br, deflate", "*;q=0"])(
    "sends the body as it is for Accept-Encoding: %s",
    async (acceptEncoding) => {
      const port = await start(respond(BIG, { headers: { "content-type": "text/html" } }));
      const reply = await send(port, "/", { headers: { "accept-encoding": acceptEncoding } });
      expect(reply.headers["content-encoding"]).toBeUndefined();
      expect(reply.headers["content-length"]).toBe(String(Buffer.byteLength(BIG)));
      expect(reply.body.toString("utf8")).toBe(BIG);
    },
  );

  it("compresses from COMPRESS_MIN_BYTES (1024) bytes and not below", async () => {
    expect(COMPRESS_MIN_BYTES).toBe(1024);
    const port = await start(async (request) => {
      const size = Number(new URL(request.url).searchParams.get("size"));
      return new Response(text(size), { headers: { "content-type": "text/plain" } });
    });
    const below = await send(port, "/?size=1023", { headers: { "accept-encoding": "gzip" } });
    expect(below.headers["content-encoding"]).toBeUndefined();
    expect(below.headers.vary).toBeUndefined();
    expect(below.headers["content-length"]).toBe("1023");
    expect(below.body.toString("utf8")).toBe(text(1023));

    const at = await send(port, "/?size=1024", { headers: { "accept-encoding": "gzip" } });
    expect(at.headers["content-encoding"]).toBe("gzip");
    expect(at.headers["content-length"]).toBe(String(at.body.length));
    expect(gunzipSync(at.body).toString("utf8")).toBe(text(1024));
  });

  it("leaves a body that already has a Content-Encoding alone", async () => {
    const encoded = Buffer.from(BIG); // stands for bytes the handler encoded itself
    const port = await start(
      respond(encoded, { headers: { "content-type": "text/html", "content-encoding": "br" } }),
    );
    const reply = await send(port, "/", { headers: { "accept-encoding": "gzip, br" } });
    expect(reply.headers["content-encoding"]).toBe("br");
    expect(reply.headers.vary).toBeUndefined();
    expect(reply.headers["content-length"]).toBe(String(encoded.length));
    expect(reply.body.equals(encoded)).toBe(true);
  });

  it("does not compress a response with Cache-Control: no-transform", async () => {
    const port = await start(
      respond(BIG, {
        headers: { "content-type": "text/html", "cache-control": "public, No-Transform" },
      }),
    );
    const reply = await send(port, "/", { headers: { "accept-encoding": "gzip" } });
    expect(reply.headers["content-encoding"]).toBeUndefined();
    expect(reply.headers["cache-control"]).toBe("public, No-Transform");
    expect(reply.body.toString("utf8")).toBe(BIG);
  });

  it("answers HEAD with the headers only: no body, no gzip, the identity Content-Length", async () => {
    const port = await start(respond(BIG, { headers: { "content-type": "text/html" } }));
    const reply = await send(port, "/", { method: "HEAD", headers: { "accept-encoding": "gzip" } });
    expect(reply.status).toBe(200);
    expect(reply.body.length).toBe(0);
    expect(reply.headers["content-encoding"]).toBeUndefined();
    expect(reply.headers["content-type"]).toBe("text/html");
    expect(reply.headers["content-length"]).toBe(String(Buffer.byteLength(BIG)));
  });

  // Remix answers HEAD with `new Response(null, { headers, status })`. RFC 9110 8.6: a server
  // MUST NOT send a Content-Length in a HEAD response unless it equals what GET would send.
  it("does not claim Content-Length: 0 for a HEAD answered with a null body (as Remix does)", async () => {
    const port = await start(async (request) =>
      request.method === "HEAD"
        ? new Response(null, { headers: { "content-type": "text/html; charset=utf-8" } })
        : new Response(BIG, { headers: { "content-type": "text/html; charset=utf-8" } }),
    );
    const get = await send(port, "/");
    expect(get.headers["content-length"]).toBe(String(Buffer.byteLength(BIG)));
    const head = await send(port, "/", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect([undefined, get.headers["content-length"]]).toContain(head.headers["content-length"]);
  });

  // RFC 9110 12.5.5: the representation is selected on Accept-Encoding, so the response should
  // say so (Vary) also when it went out uncompressed, as the compression middleware did and
  // as static-files.ts does for its gzip-able files; otherwise a shared cache may store the
  // identity copy for everyone.
  it("sends Vary: Accept-Encoding on a compressible body sent uncompressed", async () => {
    const port = await start(respond(BIG, { headers: { "content-type": "text/html" } }));
    const reply = await send(port, "/");
    expect(reply.headers["content-encoding"]).toBeUndefined();
    expect(reply.headers.vary).toBe("Accept-Encoding");
  });

  it("replaces a Content-Length set by the handler with the length actually sent", async () => {
    const port = await start(
      respond(BIG, {
        headers: { "content-type": "text/plain", "content-length": String(BIG.length) },
      }),
    );
    const reply = await send(port, "/", { headers: { "accept-encoding": "gzip" } });
    expect(reply.headers["content-encoding"]).toBe("gzip");
    expect(Number(reply.headers["content-length"])).toBe(reply.body.length);
    expect(reply.body.length).toBeLessThan(BIG.length);
    expect(rawLines(reply.rawHeaders, "content-length")).toHaveLength(1);
  });

  it("sends 204 and 304 without a body or Content-Length", async () => {
    const port = await start(async (request) =>
      new URL(request.url).pathname === "/204"
        ? new Response(null, { status: 204, headers: { "x-kind": "no-content" } })
        : new Response(null, { status: 304, headers: { etag: '"v1"', "content-length": "99" } }),
    );
    const noContent = await send(port, "/204", { headers: { "accept-encoding": "gzip" } });
    expect(noContent.status).toBe(204);
    expect(noContent.headers["x-kind"]).toBe("no-content");
    expect(noContent.headers["content-length"]).toBeUndefined();
    expect(noContent.body.length).toBe(0);

    const notModified = await send(port, "/304");
    expect(notModified.status).toBe(304);
    expect(notModified.headers.etag).toBe('"v1"');
    expect(notModified.headers["content-length"]).toBeUndefined();
    expect(notModified.body.length).toBe(0);
  });

  it("passes the status and the handler's headers through", async () => {
    const port = await start(
      respond('{"ok":true}', {
        status: 201,
        headers: { "content-type": "application/json", "x-request-kind": "create" },
      }),
    );
    const reply = await send(port, "/");
    expect(reply.status).toBe(201);
    expect(reply.headers["x-request-kind"]).toBe("create");
    expect(reply.headers["content-type"]).toBe("application/json");
    expect(reply.headers["content-length"]).toBe("11");
    expect(reply.body.toString()).toBe('{"ok":true}');
  });
});

// --- Set-Cookie ------------------------------------------------------------------------------

describe("createNodeHandler: Set-Cookie", () => {
  it("sends each Set-Cookie on its own header line, commas in Expires intact", async () => {
    const first = "session=abc; Path=/; HttpOnly; Expires=Wed, 21 Oct 2037 07:28:00 GMT";
    const second = "theme=dark; Path=/; Max-Age=3600";
    const port = await start(async () => {
      const headers = new Headers({ "content-type": "text/plain" });
      headers.append("set-cookie", first);
      headers.append("set-cookie", second);
      return new Response("ok", { headers });
    });
    const reply = await send(port, "/");
    expect(rawLines(reply.rawHeaders, "set-cookie")).toEqual([first, second]);
    expect(reply.headers["set-cookie"]).toEqual([first, second]);
  });

  it("sends a single Set-Cookie as one line", async () => {
    const port = await start(respond("ok", { headers: { "set-cookie": "a=1; Path=/" } }));
    const reply = await send(port, "/");
    expect(rawLines(reply.rawHeaders, "set-cookie")).toEqual(["a=1; Path=/"]);
  });
});

// --- the Request the handler sees ------------------------------------------------------------

describe("createNodeHandler: the Fetch Request", () => {
  it("gives the handler the URL from the Host header, the method and the request headers", async () => {
    let seen: Request | undefined;
    const port = await start(async (request) => {
      seen = request;
      return new Response("ok");
    });
    const reply = await send(port, "/fact-checks/some-claim?page=2&q=a%20b", {
      headers: {
        "x-trace": "t-1",
        "accept-language": "fr-FR",
        "x-multi": ["one", "two"],
      },
    });
    expect(reply.status).toBe(200);
    expect(seen).toBeDefined();
    const request = seen!;
    expect(request.method).toBe("GET");
    expect(request.url).toBe(`http://127.0.0.1:${port}/fact-checks/some-claim?page=2&q=a%20b`);
    expect(request.headers.get("host")).toBe(`127.0.0.1:${port}`);
    expect(request.headers.get("x-trace")).toBe("t-1");
    expect(request.headers.get("accept-language")).toBe("fr-FR");
    expect(request.headers.get("x-multi")).toBe("one, two");
    expect(request.body).toBeNull();
    expect(request.signal.aborted).toBe(false);
  });

  it("takes the origin from Host and ignores X-Forwarded-* (no proxy trust)", async () => {
    let url = "";
    const port = await start(async (request) => {
      url = request.url;
      return new Response("ok");
    });
    await send(port, "/a?b=c", {
      headers: {
        host: "claims.example.test:8080",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "https",
      },
    });
    expect(url).toBe("http://claims.example.test:8080/a?b=c");
  });

  it("replaces a client's own X-Forwarded-For with the connection's address (no proxy trusted)", async () => {
    const seen: (string | null)[] = [];
    const port = await start(async (request) => {
      seen.push(request.headers.get("x-forwarded-for"));
      return new Response("ok");
    });
    await send(port, "/", { headers: { "x-forwarded-for": "6.6.6.6" } });
    await send(port, "/");
    expect(seen).toEqual(["127.0.0.1", "127.0.0.1"]);
  });

  it("behind trusted proxies, takes the address the outermost one appended, not the client's", async () => {
    const seen: (string | null)[] = [];
    const handle = async (request: Request) => {
      seen.push(request.headers.get("x-forwarded-for"));
      return new Response("ok");
    };
    const oneProxy = await start(handle, undefined, 1);
    // The client wrote 6.6.6.6; the proxy appended the address it saw, 203.0.113.9.
    await send(oneProxy, "/", { headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.9" } });
    await send(oneProxy, "/", { headers: { "x-forwarded-for": "203.0.113.9" } });
    // No header at all: the proxy is the peer.
    await send(oneProxy, "/");
    const twoProxies = await start(handle, undefined, 2);
    await send(twoProxies, "/", {
      headers: { "x-forwarded-for": "6.6.6.6, 198.51.100.4, 10.0.0.2" },
    });
    // Fewer entries than trusted hops: the first one there is.
    await send(twoProxies, "/", { headers: { "x-forwarded-for": "198.51.100.4" } });
    expect(seen).toEqual([
      "203.0.113.9",
      "203.0.113.9",
      "127.0.0.1",
      "198.51.100.4",
      "198.51.100.4",
    ]);
  });

  it("uses localhost for an HTTP/1.0 request without Host", async () => {
    let url = "";
    const port = await start(async (request) => {
      url = request.url;
      return new Response("ok");
    });
    const raw = await sendRaw(port, "GET /no-host?x=1 HTTP/1.0\r\n\r\n");
    expect(raw.startsWith("HTTP/1.1 200")).toBe(true);
    expect(url).toBe("http://localhost/no-host?x=1");
  });

  it.each(["POST", "PUT", "PATCH", "DELETE"])(
    "streams a %s body to the handler",
    async (method) => {
      let seen: { method: string; type: string | null; body: string } | undefined;
      const port = await start(async (request) => {
        seen = {
          method: request.method,
          type: request.headers.get("content-type"),
          body: await request.text(),
        };
        return new Response("done", { status: 201 });
      });
      const payload = JSON.stringify({ claim: "The moon is made of cheese", verdict: "false" });
      const reply = await send(port, "/api/claims", {
        method,
        headers: { "content-type": "application/json" },
        body: payload,
      });
      expect(reply.status).toBe(201);
      expect(seen).toEqual({ method, type: "application/json", body: payload });
    },
  );

  it("delivers a large chunked POST body intact", async () => {
    let digest = "";
    let length = -1;
    const port = await start(async (request) => {
      const bytes = Buffer.from(await request.arrayBuffer());
      length = bytes.length;
      digest = createHash("sha256").update(bytes).digest("hex");
      return new Response("ok");
    });
    const payload = Buffer.alloc(300_000);
    for (let i = 0; i < payload.length; i++) payload[i] = (i * 31 + 7) % 251;
    const reply = await send(port, "/upload", {
      method: "POST",
      headers: { "transfer-encoding": "chunked", "content-type": "application/octet-stream" },
      body: payload,
    });
    expect(reply.status).toBe(200);
    expect(length).toBe(payload.length);
    expect(digest).toBe(createHash("sha256").update(payload).digest("hex"));
  });

  it("calls serveStatic first and the handler only when it returns false", async () => {
    const handle = vi.fn<FetchHandler>(async () => new Response("from app"));
    const port = await start(handle, (req, res) => {
      if (req.url !== "/static.txt") return false;
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("from static");
      return true;
    });
    const fromStatic = await send(port, "/static.txt");
    expect(fromStatic.body.toString()).toBe("from static");
    expect(handle).not.toHaveBeenCalled();
    const fromApp = await send(port, "/page");
    expect(fromApp.body.toString()).toBe("from app");
    expect(handle).toHaveBeenCalledTimes(1);
  });
});

// --- client disconnects ----------------------------------------------------------------------

describe("createNodeHandler: abort signal", () => {
  it("aborts the request's signal when the client goes away before the response", async () => {
    const called = deferred<Request>();
    const aborted = deferred();
    const port = await start(async (request) => {
      request.signal.addEventListener("abort", () => aborted.resolve());
      called.resolve(request);
      await aborted.promise;
      return new Response("too late");
    });
    const req = httpRequest({ host: "127.0.0.1", port, path: "/slow", agent: false });
    req.on("error", () => {});
    req.end();
    const request = await withTimeout(called.promise, 2000, "handler called");
    expect(request.signal.aborted).toBe(false);
    req.destroy();
    await withTimeout(aborted.promise, 2000, "signal aborted");
    expect(request.signal.aborted).toBe(true);

    // Writing the late response to the closed connection must not hurt the server.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const next = await send(port, "/after");
    expect(next.status).toBe(200);
    expect(next.body.toString()).toBe("too late");
  });

  it("does not abort the signal once the response was sent", async () => {
    let seen: Request | undefined;
    const port = await start(async (request) => {
      seen = request;
      return new Response(BIG, { headers: { "content-type": "text/plain" } });
    });
    const reply = await send(port, "/");
    expect(reply.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen!.signal.aborted).toBe(false);
  });
});

// --- errors ----------------------------------------------------------------------------------

describe("createNodeHandler: errors", () => {
  beforeEach(() => {
    log.error.mockClear();
  });

  it("answers 500 when the handler rejects, logs it with the request id, and keeps serving", async () => {
    const port = await start(async (request) => {
      if (new URL(request.url).pathname === "/boom") throw new Error("loader exploded");
      return new Response("fine");
    });
    const failed = await send(port, "/boom");
    expect(failed.status).toBe(500);
    expect(failed.headers["content-type"]).toBe("text/plain; charset=utf-8");
    const requestId = failed.headers["x-request-id"];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(failed.body.toString()).toBe(`Internal server error (request ${requestId}).`);
    expect(failed.body.toString()).not.toContain("loader exploded");
    expect(failed.headers["content-length"]).toBe(String(failed.body.length));
    expect(log.error).toHaveBeenCalledWith({ err: expect.any(Error), requestId }, "request failed");

    const next = await send(port, "/ok");
    expect(next.status).toBe(200);
    expect(next.body.toString()).toBe("fine");
  });

  it("answers 500 when the response body fails while being read", async () => {
    const port = await start(async () => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("partial"));
          controller.error(new Error("render failed"));
        },
      });
      return new Response(body, { headers: { "content-type": "text/html" } });
    });
    const reply = await send(port, "/");
    expect(reply.status).toBe(500);
    expect(reply.body.toString()).toBe(
      `Internal server error (request ${reply.headers["x-request-id"]}).`,
    );
  });

  it("cuts the connection when an event stream fails after its headers went out", async () => {
    const port = await start(async (request) => {
      if (new URL(request.url).pathname !== "/events") return new Response("still here");
      let sent = false;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (!sent) {
            sent = true;
            controller.enqueue(new TextEncoder().encode("data: first\n\n"));
          } else {
            setTimeout(() => controller.error(new Error("feed died")), 20);
          }
        },
      });
      return new Response(body, { headers: { "content-type": "text/event-stream" } });
    });
    const outcome = await withTimeout(
      new Promise<{ status: number; data: string; complete: boolean }>((resolve) => {
        const req = httpRequest(
          { host: "127.0.0.1", port, path: "/events", agent: false },
          (res) => {
            let data = "";
            res.on("data", (chunk: Buffer) => {
              data += chunk.toString();
            });
            res.on("error", () => {}); // "aborted": the point of the test
            res.on("close", () =>
              resolve({ status: res.statusCode ?? 0, data, complete: res.complete }),
            );
          },
        );
        req.on("error", () => {});
        req.end();
      }),
      3000,
      "event stream closed",
    );
    expect(outcome.status).toBe(200);
    expect(outcome.data).toBe("data: first\n\n");
    expect(outcome.complete).toBe(false);

    const next = await send(port, "/again");
    expect(next.status).toBe(200);
    expect(next.body.toString()).toBe("still here");
  });
});

// --- event streams ---------------------------------------------------------------------------

describe("createNodeHandler: text/event-stream", () => {
  it("streams each chunk as it comes, uncompressed, without Content-Length", async () => {
    const releaseFirst = deferred();
    const release = deferred();
    const port = await start(async () => {
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          await releaseFirst.promise;
          controller.enqueue(encoder.encode(`data: ${text(2000)}\n\n`));
          await release.promise;
          controller.enqueue(encoder.encode("data: second\n\n"));
          controller.close();
        },
      });
      return new Response(body, {
        headers: {
          "content-type": "text/event-stream; charset=utf-8",
          "cache-control": "no-cache",
        },
      });
    });

    const headersArrived = deferred<number>();
    const first = deferred<{ status: number; headers: IncomingHttpHeaders; data: string }>();
    const ended = deferred<string>();
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port,
        path: "/events",
        agent: false,
        headers: { "accept-encoding": "gzip" },
      },
      (res) => {
        headersArrived.resolve(res.statusCode ?? 0);
        let data = "";
        res.on("data", (chunk: Buffer) => {
          data += chunk.toString("utf8");
          if (data.endsWith("\n\n"))
            first.resolve({ status: res.statusCode ?? 0, headers: res.headers, data });
        });
        res.on("end", () => ended.resolve(data));
      },
    );
    req.end();

    // The headers go out before the stream has produced anything.
    expect(await withTimeout(headersArrived.promise, 2000, "headers before any event")).toBe(200);
    releaseFirst.resolve();
    // The first event arrives while the stream is still open (the handler is waiting).
    const head = await withTimeout(first.promise, 2000, "first event before the stream ends");
    expect(head.status).toBe(200);
    expect(head.headers["content-type"]).toBe("text/event-stream; charset=utf-8");
    expect(head.headers["content-encoding"]).toBeUndefined();
    expect(head.headers["content-length"]).toBeUndefined();
    expect(head.headers["transfer-encoding"]).toBe("chunked");
    expect(head.data).toBe(`data: ${text(2000)}\n\n`);

    release.resolve();
    const all = await withTimeout(ended.promise, 2000, "stream end");
    expect(all).toBe(`data: ${text(2000)}\n\ndata: second\n\n`);
  });

  // When the reader goes away, the body must be cancelled so its source stops producing;
  // otherwise an endless feed keeps running (and queueing) for a closed connection.
  it("cancels the event-stream body when the client disconnects", async () => {
    const cancelled = deferred();
    let timer: NodeJS.Timeout | undefined;
    const port = await start(async () => {
      const encoder = new TextEncoder();
      let n = 0;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          timer = setInterval(() => controller.enqueue(encoder.encode(`data: ${n++}\n\n`)), 10);
        },
        cancel() {
          clearInterval(timer);
          cancelled.resolve();
        },
      });
      return new Response(body, { headers: { "content-type": "text/event-stream" } });
    });
    try {
      const gotData = deferred();
      const req = httpRequest({ host: "127.0.0.1", port, path: "/events", agent: false }, (res) => {
        res.once("data", () => gotData.resolve());
      });
      req.on("error", () => {});
      req.end();
      await withTimeout(gotData.promise, 2000, "first event");
      req.destroy();
      await withTimeout(cancelled.promise, 2000, "body cancelled after disconnect");
    } finally {
      clearInterval(timer);
    }
  });
});

// --- malformed requests ----------------------------------------------------------------------

describe("createNodeHandler: malformed requests", () => {
  it.each(["bad host", "[::1", "exa mple.test:80", "host:99999"])(
    "answers 400 without calling the handler for Host: %s",
    async (host) => {
      const handle = vi.fn<FetchHandler>(async () => new Response("app"));
      const port = await start(handle);
      const raw = await sendRaw(
        port,
        `GET /page HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      );
      expect(raw.startsWith("HTTP/1.1 400")).toBe(true);
      expect(raw).toContain("content-type: text/plain; charset=utf-8");
      expect(raw.endsWith("Bad request: malformed URL or header.")).toBe(true);
      expect(handle).not.toHaveBeenCalled();

      const next = await send(port, "/page");
      expect(next.status).toBe(200);
    },
  );

  // RFC 9112 3.2: a Host with an invalid value gets a 400. Here a "/", "?" or "#" in Host is
  // glued in front of the request target, so the handler routes a path nobody asked for.
  it.each(["claims.example.test/admin", "claims.example.test?", "claims.example.test#"])(
    "does not let Host: %s change the path the handler sees",
    async (host) => {
      const urls: string[] = [];
      const port = await start(async (request) => {
        urls.push(request.url);
        return new Response("app");
      });
      const raw = await sendRaw(
        port,
        `GET /fact-checks HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      );
      const status = Number(raw.slice(9, 12));
      if (status === 400) expect(urls).toEqual([]);
      else expect(urls.map((url) => new URL(url).pathname)).toEqual(["/fact-checks"]);
    },
  );
});
