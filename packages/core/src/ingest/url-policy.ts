import { isIP } from "node:net";
import { FetchRefusedError } from "./errors.ts";
import { classifyAddress } from "./ip-policy.ts";

/**
 * Ports at or above 1024 that are refused anyway: well-known internal services (databases,
 * caches, container and cluster APIs, search engines) that a public web page never lives on.
 * Ports below 1024 are refused except 80 and 443.
 */
export const BLOCKED_HIGH_PORTS = new Set([
  1433, 1521, 2049, 2375, 2376, 2379, 2380, 3306, 3389, 4369, 5432, 5672, 5984, 6379, 6443, 7700,
  8500, 9000, 9042, 9092, 9200, 9300, 10250, 10255, 11211, 15672, 27017, 28017,
]);

export interface UrlPolicyOptions {
  /** Tests only: lets 127.0.0.0/8 and ::1 through (a local server). Never set from configuration. */
  allowLoopbackForTests?: boolean;
}

/** The effective port of an http(s) URL. */
export const portOf = (url: URL) =>
  url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;

/**
 * Checks a URL before any connection: http or https only, no user name or password, an allowed
 * port, and when the host is an IP literal, a public address. Host names are checked again at
 * connection time against every address they resolve to (see safeFetch). Throws
 * FetchRefusedError with a reason a person can act on.
 */
export function checkUrl(input: string | URL, options: UrlPolicyOptions = {}): URL {
  let url: URL;
  try {
    url = new URL(String(input));
  } catch {
    throw new FetchRefusedError(`"${String(input).slice(0, 200)}" is not a valid URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchRefusedError(
      `only http and https URLs can be fetched, not ${url.protocol.replace(":", "")}`,
    );
  }
  if (url.username || url.password) {
    throw new FetchRefusedError("URLs with a user name or password are not fetched");
  }
  const port = portOf(url);
  if (port !== 80 && port !== 443 && (port < 1024 || BLOCKED_HIGH_PORTS.has(port))) {
    throw new FetchRefusedError(
      `port ${port} is not allowed (only 80, 443 and ports from 1024 up that are not well-known internal services)`,
    );
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) checkAddress(host, options);
  return url;
}

/** Throws FetchRefusedError when `ip` may not be connected to. */
export function checkAddress(ip: string, options: UrlPolicyOptions = {}, hostname?: string): void {
  const verdict = classifyAddress(ip);
  if (!verdict.blocked) return;
  if (options.allowLoopbackForTests && verdict.kind === "loopback") return;
  const subject =
    hostname && hostname !== ip ? `${hostname} resolves to ${ip}, which is` : `${ip} is`;
  throw new FetchRefusedError(`${subject} ${verdict.reason}`);
}
