// Issue 16 (operations): one access line per request, with the request id that is also
// returned in x-request-id and attached to errors.
import { request as httpRequest } from "node:http";
import { describe, expect, it, vi } from "vitest";
import type { FetchHandler } from "../http/node-handler.ts";
import { start as listen } from "./node-handler-harness.ts";

async function start(handle: FetchHandler, trustProxy = 0) {
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  return { port: await listen(handle, { log, trustProxy }), log };
}

function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; id: string }>((resolve, reject) => {
    httpRequest({ host: "127.0.0.1", port, path, headers, agent: false }, (res) => {
      res.resume();
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, id: String(res.headers["x-request-id"]) }),
      );
    })
      .on("error", reject)
      .end();
  });
}

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe("access log", () => {
  it("writes one line per request with its id, method, path, status and time", async () => {
    let seenId: string | null = null;
    const { port, log } = await start(async (request) => {
      seenId = request.headers.get("x-request-id");
      return new Response("ok");
    });
    const reply = await get(port, "/queue?page=2");
    await until(() => log.info.mock.calls.length === 1);
    expect(log.info).toHaveBeenCalledTimes(1);
    const [fields, message] = log.info.mock.calls[0]!;
    expect(message).toBe("request");
    expect(fields).toMatchObject({
      requestId: reply.id,
      method: "GET",
      url: "/queue?page=2",
      status: 200,
      ip: "127.0.0.1",
    });
    expect(typeof fields.ms).toBe("number");
    // The app sees the same id (loaders log errors with it).
    expect(seenId).toBe(reply.id);
  });

  it("makes its own id unless a trusted proxy passed one", async () => {
    const direct = await start(async () => new Response("ok"));
    expect((await get(direct.port, "/", { "x-request-id": "client-chosen-id-1" })).id).not.toBe(
      "client-chosen-id-1",
    );
    const proxied = await start(async () => new Response("ok"), 1);
    expect((await get(proxied.port, "/", { "x-request-id": "proxy-made-id-42" })).id).toBe(
      "proxy-made-id-42",
    );
  });
});
