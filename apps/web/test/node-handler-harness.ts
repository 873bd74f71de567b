// The harness of the tests that drive the node:http <-> Fetch adapter (http/node-handler.ts)
// through real node:http servers on 127.0.0.1 and real requests: node-handler-*.test.ts and
// trust-proxy.test.ts. Requests go through node:http (not fetch, which decompresses and
// normalizes paths) so that raw bytes and raw header lines can be checked. Importing this file
// registers an afterEach that restores mocks and closes every server `start` opened; static-files.test.ts uses only `send`.
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type Server,
} from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { afterEach, vi } from "vitest";
import { createNodeHandler, type FetchHandler } from "../http/node-handler.ts";

type NodeHandlerOptions = Parameters<typeof createNodeHandler>[0];

const servers: Server[] = [];

/** The logger `start` gives the handler by default; a test reads its calls. */
export const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

/**
 * Listens on a free loopback port with createNodeHandler around `handle` and these options
 * (the harness's `log` unless one is given); returns the port.
 */
export async function start(
  handle: FetchHandler,
  options: Omit<NodeHandlerOptions, "handle"> = {},
): Promise<number> {
  const server = createServer(createNodeHandler({ log, ...options, handle }));
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

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  rawHeaders: string[];
  body: Buffer;
}

export function send(
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
export function sendRaw(port: number, raw: string): Promise<string> {
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
export function rawLines(rawHeaders: string[], name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    if (rawHeaders[i]!.toLowerCase() === name) out.push(rawHeaders[i + 1]!);
  }
  return out;
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
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

export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Deterministic, compressible text of exactly n bytes. */
export function text(n: number): string {
  const unit = "claimdesk fact check; ";
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

export const BIG = text(5000);

export function respond(body: BodyInit | null, init: ResponseInit = {}): FetchHandler {
  return async () => new Response(body, init);
}
