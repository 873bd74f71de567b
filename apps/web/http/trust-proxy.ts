// TRUST_PROXY: which reverse proxies in front of the web server may tell it, through
// X-Forwarded-For / -Proto / -Host / X-Request-Id, who the client is and whether it came over
// HTTPS. Nobody by default: a client's own X-Forwarded-* would otherwise choose the address the
// sign-in limits key on and the access log records, and mark session cookies Secure (issue 16).
import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";
import { z } from "zod";

/**
 * Nobody (0), the `n` proxies nearest this server (each appending the address it got the
 * request from to X-Forwarded-For), or the proxies at these addresses / CIDR ranges.
 */
export type TrustProxy = number | readonly string[];

const TRUST_PROXY_HELP =
  "must be false, true (one proxy), a number of proxies (0-10) or a comma-separated list of the proxies' addresses or CIDR ranges (10.0.0.0/8,192.0.2.7)";

/** One address or CIDR range of a proxy list, or null when it is neither. */
function parseEntry(entry: string): { address: string; prefix?: number } | null {
  const [address = "", prefix, extra] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return null;
  if (prefix === undefined) return { address };
  const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : Number.NaN;
  if (!(bits >= 0 && bits <= (family === 4 ? 32 : 128))) return null;
  return { address, prefix: bits };
}

/** The TRUST_PROXY variable (unset: 0, trust nobody). */
export const ZTrustProxy = z
  .string()
  .optional()
  .transform((raw, ctx): TrustProxy => {
    const value = (raw ?? "").trim().toLowerCase();
    if (value === "" || value === "false") return 0;
    if (value === "true") return 1;
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops <= 10) return hops;
    } else {
      const entries = value.split(",").map((e) => e.trim());
      if (entries.every((e) => parseEntry(e) !== null)) return entries;
    }
    ctx.addIssue({ code: "custom", message: TRUST_PROXY_HELP });
    return z.NEVER;
  });

const lists = new WeakMap<readonly string[], BlockList>();

function blockList(entries: readonly string[]): BlockList {
  let list = lists.get(entries);
  if (!list) {
    list = new BlockList();
    for (const entry of entries) {
      const parsed = parseEntry(entry);
      if (!parsed) throw new Error(`TRUST_PROXY: ${entry} is not an address or CIDR range`);
      const family = isIP(parsed.address) === 4 ? "ipv4" : "ipv6";
      if (parsed.prefix === undefined) list.addAddress(parsed.address, family);
      else list.addSubnet(parsed.address, parsed.prefix, family);
    }
    lists.set(entries, list);
  }
  return list;
}

/** Whether `address` is one of the listed proxies (an IPv4 address mapped into IPv6 too). */
function listed(entries: readonly string[], address: string): boolean {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  const family = isIP(plain);
  if (family === 0) return false;
  return blockList(entries).check(plain, family === 4 ? "ipv4" : "ipv6");
}

/** Whether the connection's peer is a trusted proxy, so its X-Forwarded-* headers count. */
export function trustsPeer(req: IncomingMessage, trust: TrustProxy = 0): boolean {
  const peer = req.socket.remoteAddress;
  if (!peer) return false;
  return typeof trust === "number" ? trust > 0 : listed(trust, peer);
}

function headerList(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value.join(",") : (value ?? ""))
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
}

/**
 * The client's address: the socket's peer, or behind trusted proxies the address the outermost
 * of them saw. Entries a client wrote into X-Forwarded-For itself are never taken.
 */
export function clientAddress(req: IncomingMessage, trust: TrustProxy = 0): string | null {
  const peer = req.socket.remoteAddress ?? null;
  if (!peer || !trustsPeer(req, trust)) return peer;
  const chain = [...headerList(req.headers["x-forwarded-for"]), peer];
  if (typeof trust === "number") return chain[Math.max(0, chain.length - 1 - trust)] ?? null;
  // Right to left, past every listed proxy: the first address that is not one is the client.
  let i = chain.length - 1;
  while (i > 0 && listed(trust, chain[i]!)) i--;
  return chain[i] ?? null;
}

/** Over TLS here, or a trusted proxy (the one nearest this server) says it was https. */
export function isHttps(req: IncomingMessage, trust: TrustProxy = 0): boolean {
  if ("encrypted" in req.socket && req.socket.encrypted === true) return true;
  if (!trustsPeer(req, trust)) return false;
  return headerList(req.headers["x-forwarded-proto"]).pop()?.toLowerCase() === "https";
}

/**
 * The X-Forwarded-* headers the app sees, decided here: the one client address, the protocol
 * (read by the session cookie's Secure flag), and X-Forwarded-Host only from a trusted proxy.
 */
export function setForwardedHeaders(
  headers: Headers,
  req: IncomingMessage,
  trust: TrustProxy = 0,
): void {
  const client = clientAddress(req, trust);
  if (client) headers.set("x-forwarded-for", client);
  else headers.delete("x-forwarded-for");
  headers.set("x-forwarded-proto", isHttps(req, trust) ? "https" : "http");
  if (!trustsPeer(req, trust)) headers.delete("x-forwarded-host");
}
