// The node:http <-> Fetch adapter (http/node-handler.ts), through real node:http servers
// (node-handler-harness.ts): the Fetch Request the handler sees (URL, Host, X-Forwarded-For,
// bodies, serveStatic), Set-Cookie lines and malformed requests.
import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import type { FetchHandler } from "../http/node-handler.ts";
import { rawLines, respond, send, sendRaw, start } from "./node-handler-harness.ts";

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
    const oneProxy = await start(handle, { trustProxy: 1 });
    // The client wrote 6.6.6.6; the proxy appended the address it saw, 203.0.113.9.
    await send(oneProxy, "/", { headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.9" } });
    await send(oneProxy, "/", { headers: { "x-forwarded-for": "203.0.113.9" } });
    // No header at all: the proxy is the peer.
    await send(oneProxy, "/");
    const twoProxies = await start(handle, { trustProxy: 2 });
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
    const port = await start(handle, {
      serveStatic: (req, res) => {
        if (req.url !== "/static.txt") return false;
        res.writeHead(200, { "content-type": "text/plain" });
        res.end("from static");
        return true;
      },
    });
    const fromStatic = await send(port, "/static.txt");
    expect(fromStatic.body.toString()).toBe("from static");
    expect(handle).not.toHaveBeenCalled();
    const fromApp = await send(port, "/page");
    expect(fromApp.body.toString()).toBe("from app");
    expect(handle).toHaveBeenCalledTimes(1);
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
