// Issue 16: the server read any body whole (100 MB to /login was read; a 100 MB multipart body
// gave an empty 500), and a tRPC batch could hold any number of calls. Bodies are capped per
// route while they stream in (413, a readable message); tRPC batches are capped (400).
import { request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { bodyLimit, MAX_TRPC_BATCH } from "../app/lib/limits.ts";
import { action as trpcAction, loader as trpcLoader } from "../app/routes/api.trpc.$.ts";
import type { FetchHandler } from "../http/node-handler.ts";
import { start } from "./node-handler-harness.ts";

/** Sends `total` bytes in 64 KiB chunks (chunked: no Content-Length), counting what was written. */
function stream(port: number, path: string, total: number, contentLength?: number) {
  return new Promise<{ status: number; body: string; written: number }>((resolve, reject) => {
    let written = 0;
    const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
    if (contentLength !== undefined) headers["content-length"] = String(contentLength);
    let answered = false;
    const req = httpRequest(
      { host: "127.0.0.1", port, path, method: "POST", headers, agent: false },
      (res) => {
        answered = true;
        let body = "";
        res.on("data", (c) => {
          body += c;
        });
        const done = () => resolve({ status: res.statusCode ?? 0, body, written });
        res.on("end", done);
        res.on("close", done);
      },
    );
    // The server closes the connection after its 413: writing on then fails, as it should.
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(64 * 1024, "a");
    const pump = () => {
      while (written < total && !answered) {
        written += chunk.length;
        if (!req.write(chunk)) {
          req.once("drain", pump);
          return;
        }
      }
      req.end();
    };
    if (contentLength !== undefined && contentLength > total) {
      // Only the headers: the server must answer from Content-Length alone.
      req.flushHeaders();
      return;
    }
    pump();
  });
}

/** An app that reads the whole body, as request.formData() does. */
const reader: FetchHandler = async (request) => {
  const body = await request.arrayBuffer();
  return new Response(`read ${body.byteLength}`);
};

describe("body limits", () => {
  it("has a limit per route: small for sign-in, large for article text, moderate elsewhere", () => {
    expect(bodyLimit("/login")).toBeLessThanOrEqual(64 * 1024);
    expect(bodyLimit("/login.data")).toBe(bodyLimit("/login"));
    expect(bodyLimit("/articles/new")).toBeGreaterThanOrEqual(8 * 1024 * 1024);
    expect(bodyLimit("/api/trpc/article.submit")).toBe(bodyLimit("/articles/new"));
    expect(bodyLimit("/api/trpc/claim.get,article.submit")).toBe(bodyLimit("/articles/new"));
    expect(bodyLimit("/api/trpc/evidence.add")).toBe(1024 * 1024);
    expect(bodyLimit("/claims/abc")).toBe(1024 * 1024);
  });

  it("stops reading an anonymous /login body past its limit and answers 413", async () => {
    const port = await start(reader);
    const reply = await stream(port, "/login", 100 * 1024 * 1024);
    expect(reply.status).toBe(413);
    expect(reply.body).toMatch(/too large.*at most 16 KB/i);
    // Cut off early: far less than 100 MB went out before the server closed the connection.
    expect(reply.written).toBeLessThan(20 * 1024 * 1024);
  }, 30_000);

  it("answers 413 from Content-Length before reading anything", async () => {
    let reached = 0;
    const port = await start(async () => {
      reached += 1;
      return new Response("no");
    });
    const reply = await stream(port, "/claims/x", 0, 100 * 1024 * 1024);
    expect(reply.status).toBe(413);
    expect(reply.body).toMatch(/at most 1 MB/);
    expect(reached).toBe(0);
  });

  it("a 100 MB multipart body to a form is a 413, not an empty 500", async () => {
    const port = await start(async (request) => {
      await request.formData();
      return new Response("parsed");
    });
    const reply = await stream(port, "/admin/feeds", 100 * 1024 * 1024);
    expect(reply.status).toBe(413);
  }, 30_000);

  it("lets a body within the limit through", async () => {
    const port = await start(reader);
    const reply = await stream(port, "/claims/x", 512 * 1024);
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(`read ${512 * 1024}`);
  });
});

describe("tRPC batches", () => {
  it(`refuses a GET batch of more than ${MAX_TRPC_BATCH} calls before running any`, async () => {
    const paths = Array.from({ length: 400 }, () => "auth.me").join(",");
    const input = encodeURIComponent(
      JSON.stringify(Object.fromEntries(Array.from({ length: 400 }, (_, i) => [i, {}]))),
    );
    const request = new Request(`http://app.test/api/trpc/${paths}?batch=1&input=${input}`);
    const started = Date.now();
    const response = await trpcLoader({ request, params: {}, context: {} });
    expect(response.status).toBe(400);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("refuses a POST batch of 1,000 mutations", async () => {
    const paths = Array.from({ length: 1000 }, () => "evidence.add").join(",");
    const body = JSON.stringify(
      Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [i, {}])),
    );
    const request = new Request(`http://app.test/api/trpc/${paths}?batch=1`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    const response = await trpcAction({ request, params: {}, context: {} });
    expect(response.status).toBe(400);
  });
});
