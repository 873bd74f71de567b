// TRUST_PROXY (http/trust-proxy.ts, issue 16): X-Forwarded-For and X-Forwarded-Proto count only
// when a proxy in front is trusted. Through the node handler on loopback, the app's own readers:
// clientIp (the sign-in limits' key, the audit trail) and isSecureRequest (the session cookie's
// Secure flag), plus the access log's address and HSTS.
import { clientIp, sessionCookie } from "@claimdesk/api";
import { EnvError, parseEnv } from "@claimdesk/env";
import { describe, expect, it, vi } from "vitest";
import { isSecureRequest } from "~/services/session.server.ts";
import { ZServerEnv } from "../http/settings.ts";
import { type TrustProxy, ZTrustProxy } from "../http/trust-proxy.ts";
import { send, start } from "./node-handler-harness.ts";

interface Seen {
  limitKey: string | null;
  cookie: string;
  hsts: boolean;
  logged: unknown;
}

/** What the app and the access log make of one request with these headers. */
async function seen(trustProxy: TrustProxy, headers: Record<string, string>): Promise<Seen> {
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  let limitKey: string | null = null;
  let cookie = "";
  const port = await start(
    async (request) => {
      limitKey = clientIp(request);
      cookie = sessionCookie("token", new Date("2026-12-01T00:00:00Z"), isSecureRequest(request));
      return new Response("ok");
    },
    { trustProxy, log },
  );
  const reply = await send(port, "/login", { headers });
  const hsts = reply.headers["strict-transport-security"] !== undefined;
  await vi.waitFor(() => expect(log.info).toHaveBeenCalled());
  const logged = (log.info.mock.calls[0]![0] as { ip?: string }).ip;
  return { limitKey, cookie, hsts, logged };
}

const FORGED = { "x-forwarded-for": "6.6.6.6", "x-forwarded-proto": "https" };
const secure = (cookie: string) => cookie.split("; ").includes("Secure");

describe("TRUST_PROXY", () => {
  it("unset: a forged X-Forwarded-For and X-Forwarded-Proto change nothing", async () => {
    const quiet = await seen(0, {});
    const forged = await seen(0, FORGED);
    expect(forged.limitKey).toBe("127.0.0.1");
    expect(forged.limitKey).toBe(quiet.limitKey);
    expect(forged.logged).toBe("127.0.0.1");
    expect(secure(forged.cookie)).toBe(false);
    expect(forged.hsts).toBe(false);
  });

  it("one proxy trusted: its X-Forwarded-For and X-Forwarded-Proto count", async () => {
    // The proxy (here the peer, 127.0.0.1) appended the address it saw to the client's header.
    const behind = await seen(1, {
      "x-forwarded-for": "6.6.6.6, 203.0.113.9",
      "x-forwarded-proto": "https",
    });
    expect(behind.limitKey).toBe("203.0.113.9");
    expect(behind.logged).toBe("203.0.113.9");
    expect(secure(behind.cookie)).toBe(true);
    expect(behind.hsts).toBe(true);
    // Plain http through the proxy: not Secure.
    expect(secure((await seen(1, { "x-forwarded-proto": "http" })).cookie)).toBe(false);
  });

  it("a list of proxy addresses: trusted only when the peer is one of them", async () => {
    const listed = await seen(["127.0.0.1"], FORGED);
    expect(listed.limitKey).toBe("6.6.6.6");
    expect(secure(listed.cookie)).toBe(true);
    // Every listed hop is skipped, right to left.
    const chain = await seen(["127.0.0.0/8", "10.0.0.0/8"], {
      "x-forwarded-for": "6.6.6.6, 198.51.100.4, 10.1.2.3",
    });
    expect(chain.limitKey).toBe("198.51.100.4");
    const elsewhere = await seen(["10.0.0.0/8"], FORGED);
    expect(elsewhere.limitKey).toBe("127.0.0.1");
    expect(secure(elsewhere.cookie)).toBe(false);
    expect(elsewhere.hsts).toBe(false);
  });

  it("is validated at start: false, true, a number of proxies or addresses", () => {
    const parse = (TRUST_PROXY?: string) => ZTrustProxy.parse(TRUST_PROXY);
    expect(parse(undefined)).toBe(0);
    expect(parse("false")).toBe(0);
    expect(parse("true")).toBe(1);
    expect(parse("2")).toBe(2);
    expect(parse("10.0.0.0/8, 192.0.2.7,::1")).toEqual(["10.0.0.0/8", "192.0.2.7", "::1"]);
    for (const bad of ["yes", "11", "-1", "10.0.0.0/33", "10.0.0.300", "proxy.example"])
      expect(() => parse(bad), bad).toThrow(/must be false, true \(one proxy\)/);
    const env = { NODE_ENV: "development" };
    expect(parseEnv(ZServerEnv, env).TRUST_PROXY).toBe(0);
    expect(parseEnv(ZServerEnv, { ...env, TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(() => parseEnv(ZServerEnv, { ...env, TRUST_PROXY: "maybe" })).toThrow(EnvError);
    // The variable's name before: refused with the new name, not silently ignored.
    expect(() => parseEnv(ZServerEnv, { ...env, WEB_TRUSTED_PROXY_HOPS: "1" })).toThrow(
      /WEB_TRUSTED_PROXY_HOPS: is now TRUST_PROXY/,
    );
  });
});
