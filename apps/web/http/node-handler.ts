// node:http <-> Fetch for the Remix handler, without express (decision 007).
//
// What express, compression and @remix-run/express did for this server, in one pass:
// - the Request: URL from the Host header, checked to be a host (no proxy trust, as express's
//   default), headers,
//   the body streamed for non-GET requests, a signal aborted when the client goes away first;
// - the Response: status, headers (each Set-Cookie on its own line), the body read whole and
//   sent in one write with its Content-Length, gzipped (level 1) when the client accepts it and
//   it is worth it. A text/event-stream body is streamed as it comes instead.
//
// Under load this took a tenth of a page's server CPU: express's per-request prototype
// juggling, the compression middleware's stream plumbing and chunked writes.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@claimdesk/api/text";
import type { Logger } from "@claimdesk/env/log";
import { bodyLimit, formatBytes } from "../app/lib/limits.ts";
import { newNonce, securityHeaders } from "./security-headers.ts";
import {
  clientAddress,
  isHttps,
  setForwardedHeaders,
  type TrustProxy,
  trustsPeer,
} from "./trust-proxy.ts";

export { clientAddress } from "./trust-proxy.ts";

export type FetchHandler = (request: Request) => Promise<Response>;

/** Bodies smaller than this are sent as they are (the gzip header would eat the gain). */
export const COMPRESS_MIN_BYTES = 1024;
const COMPRESSIBLE =
  /^(?:text\/|application\/(?:json|javascript|xml|[\w.+-]+\+(?:json|xml))|image\/svg\+xml)/i;

/** Whether the client takes gzip (Accept-Encoding; q=0 means no; "gzip" outranks "*"). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let wildcard: boolean | undefined;
  for (const part of header.split(",")) {
    const [rawCoding = "", ...params] = part.split(";");
    const coding = rawCoding.trim().toLowerCase();
    if (coding !== "gzip" && coding !== "*") continue;
    const q = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith("q="));
    const accepted = !q || Number(q.slice(2).trim()) > 0;
    if (coding === "gzip") return accepted;
    wildcard = accepted;
  }
  return wildcard ?? false;
}

/** host[:port], a bracketed IPv6 address allowed: nothing that could change the path. */
const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The Fetch Request for a node request, or null when its URL or headers are malformed. Its
 * X-Forwarded-* headers are the ones TRUST_PROXY allows (trust-proxy.ts), so what the app reads
 * there (sign-in rate limits, the audit trail, the cookie's Secure flag) cannot be chosen by the
 * client.
 */
export function toFetchRequest(
  req: IncomingMessage,
  res: ServerResponse,
  trustProxy: TrustProxy = 0,
  body?: { limit: number; onTooLarge: () => void },
): Request | null {
  const host = req.headers.host ?? "localhost";
  if (!HOST.test(host)) return null;
  const secure = "encrypted" in req.socket && req.socket.encrypted === true;
  let url: URL;
  try {
    url = new URL(`${secure ? "https" : "http"}://${host}${req.url ?? "/"}`);
  } catch {
    return null;
  }
  const headers = new Headers();
  const raw = req.rawHeaders;
  try {
    for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  } catch {
    return null;
  }
  // The id and CSP nonce createNodeHandler gave the request (a client's own are replaced).
  for (const name of ["x-request-id", "x-csp-nonce"]) {
    const value = req.headers[name];
    if (typeof value === "string") headers.set(name, value);
    else headers.delete(name);
  }
  setForwardedHeaders(headers, req, trustProxy);
  const controller = new AbortController();
  // Abort loaders and actions once the response can no longer be written ("close" without
  // "finish").
  res.once("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const method = req.method ?? "GET";
  const init: RequestInit & { duplex?: "half" } = { method, headers, signal: controller.signal };
  if (method !== "GET" && method !== "HEAD") {
    init.body = body
      ? limitedBody(req, body.limit, body.onTooLarge)
      : (Readable.toWeb(req) as ReadableStream<Uint8Array>);
    init.duplex = "half";
  }
  return new Request(url.href, init);
}

/** Percent-decoding that refuses what is not UTF-8 (null), instead of making it U+FFFD. */
function strictDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/**
 * What in a request's path or query the database could not store (a NUL byte, an unpaired
 * surrogate, bytes that are not UTF-8), as a sentence naming the place; null when all is well.
 * Checked before the app sees the request, so no route param or query value can carry one to a
 * query (they came back as 500s with the driver's message: issue 16).
 */
export function unstorableUrlPart(rawUrl: string): string | null {
  const q = rawUrl.indexOf("?");
  const path = strictDecode(q === -1 ? rawUrl : rawUrl.slice(0, q));
  if (path === null || !isStorableText(path)) return `The URL path ${UNSTORABLE_TEXT_MESSAGE}.`;
  if (q === -1) return null;
  for (const pair of rawUrl.slice(q + 1).split("&")) {
    const eq = pair.indexOf("=");
    const rawName = (eq === -1 ? pair : pair.slice(0, eq)).replace(/\+/g, " ");
    const name = strictDecode(rawName);
    const value = eq === -1 ? "" : strictDecode(pair.slice(eq + 1).replace(/\+/g, " "));
    if (name === null || !isStorableText(name))
      return `A query parameter name ${UNSTORABLE_TEXT_MESSAGE}.`;
    if (value === null || !isStorableText(value))
      return `The query parameter ${name.slice(0, 50)} ${UNSTORABLE_TEXT_MESSAGE}.`;
  }
  return null;
}

/** Accepted from a client or proxy as the request id when it looks like one; else made here. */
const REQUEST_ID = /^[\w.:-]{8,100}$/;

/** What a body that passed its route's limit errors with (the server has answered 413 already). */
export class RequestBodyTooLarge extends Error {
  override name = "RequestBodyTooLarge";
}

/**
 * The request body as a stream that errors, and calls `onTooLarge`, as soon as more than `limit`
 * bytes have come in: nothing past the limit is read or kept, whatever the client sends.
 */
function limitedBody(
  req: IncomingMessage,
  limit: number,
  onTooLarge: () => void,
): ReadableStream<Uint8Array> {
  let seen = 0;
  let done = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        req.on("data", (chunk: Buffer) => {
          if (done) return;
          seen += chunk.length;
          if (seen > limit) {
            done = true;
            req.pause();
            onTooLarge();
            controller.error(new RequestBodyTooLarge(`request body over ${limit} bytes`));
            return;
          }
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        });
        req.once("end", () => {
          if (done) return;
          done = true;
          controller.close();
        });
        req.once("error", (error) => {
          if (done) return;
          done = true;
          controller.error(error);
        });
      },
      pull() {
        if (!done) req.resume();
      },
      cancel() {
        done = true;
        req.destroy();
      },
    },
    { highWaterMark: 16 },
  );
}

function plain(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

/** Writes a Fetch Response to a node response. */
export async function sendResponse(
  req: IncomingMessage,
  res: ServerResponse,
  response: Response,
): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  for (const [key, value] of response.headers) {
    if (key === "set-cookie") continue;
    headers[key] = value;
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  const body = response.body;
  const type = response.headers.get("content-type") ?? "";
  if (body && /^text\/event-stream/i.test(type)) {
    res.writeHead(response.status, headers);
    res.flushHeaders();
    const reader = body.getReader();
    // A client that goes away cancels the source, which would otherwise go on producing.
    const cancel = () => void reader.cancel().catch(() => {});
    res.once("close", cancel);
    let finished = false;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done || res.destroyed) break;
        if (!res.write(value)) {
          await new Promise<void>((resolve) => {
            const go = () => {
              res.off("drain", go);
              res.off("close", go);
              resolve();
            };
            res.once("drain", go);
            res.once("close", go);
          });
        }
      }
      finished = true;
    } finally {
      res.off("close", cancel);
      // A source that failed midway: cut the connection (the caller logs the error), so the
      // client cannot take the stream for complete.
      if (res.destroyed || !finished) cancel();
      if (finished && !res.destroyed) res.end();
    }
    return;
  }
  let payload: Buffer = body ? Buffer.from(await response.arrayBuffer()) : Buffer.alloc(0);
  const status = response.status;
  const head = req.method === "HEAD";
  const bodyless = head || status === 204 || status === 304;
  const compressible =
    !bodyless &&
    payload.length >= COMPRESS_MIN_BYTES &&
    !response.headers.has("content-encoding") &&
    COMPRESSIBLE.test(type) &&
    !/\bno-transform\b/i.test(response.headers.get("cache-control") ?? "");
  if (compressible) {
    // Caches must key this body on Accept-Encoding, whichever way it goes out.
    const vary = response.headers.get("vary");
    if (!vary) headers.vary = "Accept-Encoding";
    else if (!/\baccept-encoding\b|^\s*\*\s*$/i.test(vary))
      headers.vary = `${vary}, Accept-Encoding`;
    if (acceptsGzip(req.headers["accept-encoding"])) {
      // Level 1: about a third of the CPU of the default level 6, for bodies ~10 % larger
      // (zlib was 4 % of a server process's time at level 6 under the load script).
      payload = gzipSync(payload, { level: 1 });
      headers["content-encoding"] = "gzip";
    }
  }
  if (status === 204 || status === 304) delete headers["content-length"];
  // HEAD: Remix answers it with no body; then only a length it set itself is true of the GET.
  else if (!head || payload.length > 0) headers["content-length"] = String(payload.length);
  res.writeHead(status, headers);
  res.end(bodyless ? undefined : payload);
}

/** Logs nothing (the default when no logger is given, as in tests). */
const SILENT = {
  info() {},
  warn() {},
  error() {},
} as unknown as Pick<Logger, "info" | "warn" | "error">;

/** A node:http request listener over a Fetch handler (Remix's), with a static-file hook first. */
export function createNodeHandler(options: {
  handle: FetchHandler;
  /** Serves the request and returns true, or returns false to let the app answer. */
  serveStatic?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** TRUST_PROXY: the reverse proxies whose X-Forwarded-* headers count (default: none). */
  trustProxy?: TrustProxy;
  /** Access lines (info) and failures (error), each with the request id. */
  log?: Pick<Logger, "info" | "warn" | "error">;
  /** PUBLIC_ORIGIN: an https one means every response asks for HTTPS (HSTS). */
  publicOrigin?: string;
  /** The largest body accepted for a path (default: app/lib/limits.ts). */
  bodyLimit?: (pathname: string) => number;
}) {
  const log = options.log ?? SILENT;
  const trustProxy = options.trustProxy ?? 0;
  const httpsOrigin = options.publicOrigin?.startsWith("https:") ?? false;
  return (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    // Every response carries the request's id; the access line and any error logged carry it too.
    const incoming = req.headers["x-request-id"];
    const requestId =
      trustsPeer(req, trustProxy) && typeof incoming === "string" && REQUEST_ID.test(incoming)
        ? incoming
        : randomUUID();
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    const nonce = newNonce();
    req.headers["x-csp-nonce"] = nonce;
    for (const [name, value] of Object.entries(
      securityHeaders(nonce, httpsOrigin || isHttps(req, trustProxy)),
    ))
      res.setHeader(name, value);
    res.once("finish", () => {
      log.info(
        {
          requestId,
          method: req.method,
          url: req.url,
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
          bytes: Number(res.getHeader("content-length")) || undefined,
          ip: clientAddress(req, trustProxy),
        },
        "request",
      );
    });
    if (options.serveStatic?.(req, res)) return;
    const unstorable = unstorableUrlPart(req.url ?? "/");
    if (unstorable) {
      plain(res, 400, `Bad request: ${unstorable}`);
      return;
    }
    // Bodies are capped per route: a declared length over the cap is refused before reading,
    // a streamed one as soon as it passes the cap. The connection is closed after the 413.
    const pathname = (req.url ?? "/").split("?")[0] ?? "/";
    const limit = (options.bodyLimit ?? bodyLimit)(pathname);
    let tooLarge = false;
    const refuseTooLarge = () => {
      tooLarge = true;
      if (res.headersSent) return;
      res.setHeader("connection", "close");
      plain(
        res,
        413,
        `Request too large: ${pathname} accepts at most ${formatBytes(limit)}. Shorten the text or split it, and try again.`,
      );
    };
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limit) {
      refuseTooLarge();
      return;
    }
    const request = toFetchRequest(req, res, trustProxy, {
      limit,
      onTooLarge: refuseTooLarge,
    });
    if (!request) {
      plain(res, 400, "Bad request: malformed URL or header.");
      return;
    }
    // then(): a handler that throws at once is answered like one that rejects.
    Promise.resolve()
      .then(() => options.handle(request))
      .then((response) => {
        if (tooLarge) return void response.body?.cancel().catch(() => {});
        return sendResponse(req, res, response);
      })
      .catch((error: unknown) => {
        // The 413 went out already; what the app made of its failed body is of no interest.
        if (tooLarge) return;
        log.error({ err: error, requestId }, "request failed");
        if (!res.headersSent) plain(res, 500, `Internal server error (request ${requestId}).`);
        else res.destroy();
      });
  };
}
