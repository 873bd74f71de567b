import { lookup as dnsLookup } from "node:dns/promises";
import http, { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { pipeline, type Readable } from "node:stream";
import zlib from "node:zlib";
import { FetchFailedError, FetchRefusedError } from "./errors.ts";
import { checkAddress, checkUrl, type UrlPolicyOptions } from "./url-policy.ts";

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const HTML_TYPES = ["text/html", "application/xhtml+xml", "text/plain"] as const;
export const FEED_TYPES = [
  "application/rss+xml",
  "application/atom+xml",
  "application/xml",
  "text/xml",
  "application/rdf+xml",
  "application/feed+json",
] as const;

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}
/** Resolves a host name to every address it has (injectable for tests). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => {
  const found = await dnsLookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export interface SafeFetchOptions extends UrlPolicyOptions {
  /** Largest body read, after decompression (default 5 MB); the stream is cut there. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Whole request, redirects included (default 30 s). */
  timeoutMs?: number;
  /** No bytes for this long (default 15 s). */
  idleTimeoutMs?: number;
  /** Accepted media types (default HTML_TYPES). */
  accept?: readonly string[];
  headers?: Record<string, string>;
  resolver?: Resolver;
  onProgress?: (bytesRead: number, expected: number | null) => void;
  signal?: AbortSignal;
}

export interface SafeFetchResult {
  /** The URL finally fetched, after redirects */
  url: string;
  status: number;
  /** 304 to a conditional request: no body */
  notModified: boolean;
  mimeType: string | null;
  charset: string | null;
  headers: IncomingHttpHeaders;
  body: Buffer;
  redirects: string[];
}

/** The body was cut at the size cap. */
export class FetchTooLargeError extends FetchRefusedError {
  override name = "FetchTooLargeError";
  constructor(
    readonly maxBytes: number,
    readonly bytesRead: number,
  ) {
    super(
      `the response is larger than the ${formatMb(maxBytes)} limit (stopped reading after ${formatMb(bytesRead)})`,
    );
  }
}

export const formatMb = (bytes: number) =>
  `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;

const USER_AGENT = "claimdesk/0.1 (+https://github.com/claimdesk/claimdesk; fact-checking ingest)";

/**
 * Fetches a public web page without letting the URL reach internal services (SSRF):
 * - every URL (the first and each redirect target) must pass checkUrl (scheme, credentials, port,
 *   IP literals);
 * - host names are resolved by `resolver`, every address is checked, and the socket connects to
 *   a checked address through a custom `lookup` (no second resolution, so no DNS rebinding);
 * - at most `maxRedirects` redirects; the content type must be in `accept`;
 * - the body is streamed and cut at `maxBytes` (after decompression), never buffered past it;
 * - a total and an idle timeout.
 * Throws FetchRefusedError (permanent: policy) or FetchFailedError (`status` set for HTTP errors).
 */
export async function safeFetch(
  input: string,
  options: SafeFetchOptions = {},
): Promise<SafeFetchResult> {
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 30_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const redirects: string[] = [];
  let url = checkUrl(input, options);
  for (;;) {
    const response = await request(url, options, signal);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && status !== 304 && response.headers.location) {
      response.destroy();
      if (redirects.length >= maxRedirects) {
        throw new FetchRefusedError(
          `more than ${maxRedirects} redirects (last to ${response.headers.location})`,
        );
      }
      let next: URL;
      try {
        next = new URL(response.headers.location, url);
      } catch {
        throw new FetchFailedError(
          `a redirect points to an invalid URL: ${response.headers.location}`,
        );
      }
      try {
        url = checkUrl(next, options);
      } catch (error) {
        if (error instanceof FetchRefusedError) {
          throw new FetchRefusedError(
            `redirected to ${next.href}: ${error.message.replace(/^Refused: /, "")}`,
          );
        }
        throw error;
      }
      redirects.push(url.href);
      continue;
    }
    const contentType = response.headers["content-type"] ?? null;
    const mimeType = contentType?.split(";")[0]?.trim().toLowerCase() || null;
    const charset = contentType?.match(/charset\s*=\s*"?([\w.:-]+)/i)?.[1]?.toLowerCase() ?? null;
    const base = { url: url.href, status, mimeType, charset, headers: response.headers, redirects };
    if (status === 304) {
      response.destroy();
      return { ...base, notModified: true, body: Buffer.alloc(0) };
    }
    if (status < 200 || status >= 300) {
      response.destroy();
      throw new FetchFailedError(
        `${url.href} answered HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ""}`,
        status,
      );
    }
    const accept = options.accept ?? HTML_TYPES;
    if (!mimeType || !accept.includes(mimeType)) {
      response.destroy();
      throw new FetchRefusedError(
        `${url.href} is ${mimeType ?? "of no stated content type"}; only ${accept.join(", ")} can be ingested`,
      );
    }
    const body = await readCapped(response, options, signal);
    return { ...base, notModified: false, body };
  }
}

function request(
  url: URL,
  options: SafeFetchOptions,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const resolver = options.resolver ?? systemResolver;
  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    resolver(hostname)
      .then((addresses) => {
        if (addresses.length === 0) throw new FetchFailedError(`${hostname} has no address`);
        // Every address must pass, so whichever one the socket uses has been checked.
        for (const a of addresses) checkAddress(a.address, options, hostname);
        if (lookupOptions.all) {
          callback(null, addresses);
        } else {
          const first = addresses[0]!;
          callback(null, first.address, first.family);
        }
      })
      .catch((error: Error) => {
        const err =
          error instanceof FetchRefusedError || error instanceof FetchFailedError
            ? error
            : new FetchFailedError(
                `could not resolve ${hostname}: ${(error as NodeJS.ErrnoException).code ?? error.message}`,
              );
        callback(err as NodeJS.ErrnoException, "", 4);
      });
  };
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(url, {
      method: "GET",
      agent: false,
      lookup,
      signal,
      timeout: options.idleTimeoutMs ?? 15_000,
      headers: {
        "user-agent": USER_AGENT,
        accept: `${(options.accept ?? HTML_TYPES).join(", ")};q=0.9, */*;q=0.1`,
        "accept-encoding": "gzip, deflate, br",
        ...options.headers,
      },
    });
    req.on("timeout", () =>
      req.destroy(new FetchFailedError(`${url.host} stopped answering (idle timeout)`)),
    );
    req.on("response", resolve);
    req.on("error", (error) => reject(toFetchError(error, url, signal)));
    req.end();
  });
}

function toFetchError(error: Error, url: URL, signal: AbortSignal): Error {
  if (error instanceof FetchRefusedError || error instanceof FetchFailedError) return error;
  if (signal.aborted) {
    const reason = signal.reason as Error | undefined;
    if (reason?.name === "TimeoutError")
      return new FetchFailedError(`fetching ${url.host} timed out`);
    return new FetchFailedError(`fetching ${url.host} was cancelled`);
  }
  const code = (error as NodeJS.ErrnoException).code;
  return new FetchFailedError(`could not fetch ${url.host}: ${code ?? error.message}`);
}

async function readCapped(
  response: IncomingMessage,
  options: SafeFetchOptions,
  signal: AbortSignal,
): Promise<Buffer> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const declared = Number(response.headers["content-length"]);
  const expected = Number.isFinite(declared) && declared > 0 ? declared : null;
  const encoding = String(response.headers["content-encoding"] ?? "identity")
    .toLowerCase()
    .trim();
  if (expected !== null && expected > maxBytes && (encoding === "identity" || encoding === "")) {
    response.destroy();
    throw new FetchTooLargeError(maxBytes, 0);
  }
  let stream: Readable = response;
  // pipeline() passes errors and destruction along, so a cut connection ends the read.
  const decode = (decoder: NodeJS.ReadWriteStream & Readable) =>
    pipeline(response, decoder, () => {});
  if (encoding === "gzip" || encoding === "x-gzip") stream = decode(zlib.createGunzip());
  else if (encoding === "deflate") stream = decode(zlib.createInflate());
  else if (encoding === "br") stream = decode(zlib.createBrotliDecompress());
  else if (encoding !== "identity" && encoding !== "") {
    response.destroy();
    throw new FetchFailedError(`unsupported content encoding "${encoding}"`);
  }
  const chunks: Buffer[] = [];
  let bytes = 0;
  let wireBytes = 0;
  response.on("data", (chunk: Buffer) => {
    wireBytes += chunk.length;
    options.onProgress?.(wireBytes, expected);
  });
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      if (bytes + buf.length > maxBytes) {
        bytes += buf.length;
        throw new FetchTooLargeError(maxBytes, bytes);
      }
      bytes += buf.length;
      chunks.push(buf);
    }
  } catch (error) {
    response.destroy();
    stream.destroy();
    if (error instanceof FetchRefusedError) throw error;
    if (signal.aborted) throw new FetchFailedError("fetching timed out while reading the response");
    throw new FetchFailedError(`the response was cut off: ${(error as Error).message}`);
  }
  return Buffer.concat(chunks, bytes);
}
