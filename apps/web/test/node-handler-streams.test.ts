// The node:http <-> Fetch adapter (http/node-handler.ts), through real node:http servers
// (node-handler-harness.ts): streamed bodies: the abort signal when a client goes away,
// errors before and after the headers, and text/event-stream.
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { beforeEach, describe, expect, it } from "vitest";
import { BIG, deferred, log, send, start, text, withTimeout } from "./node-handler-harness.ts";

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
