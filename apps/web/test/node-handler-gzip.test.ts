// The node:http <-> Fetch adapter (http/node-handler.ts), through real node:http servers
// (node-handler-harness.ts): gzip, Vary, Content-Length, HEAD, 204/304 and the status
// and headers passed through.
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptsGzip, COMPRESS_MIN_BYTES } from "../http/node-handler.ts";
import { BIG, rawLines, respond, send, start, text } from "./node-handler-harness.ts";

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
