import { describe, expect, it } from "vitest";
import { FetchRefusedError } from "./errors.ts";
import { classifyAddress } from "./ip-policy.ts";
import { checkUrl } from "./url-policy.ts";

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["::1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "private"],
    ["fc00::1", "private"],
    ["fd12:3456::1", "private"],
    ["169.254.169.254", "link-local"],
    ["169.254.1.1", "link-local"],
    ["fe80::1", "link-local"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:169.254.169.254", "link-local"],
    ["::ffff:10.0.0.1", "private"],
    ["64:ff9b::a00:1", "private"],
    ["2002:c0a8:101::1", "private"],
  ])("blocks %s as %s", (ip, kind) => {
    const verdict = classifyAddress(ip);
    expect(verdict.blocked).toBe(true);
    if (verdict.blocked) expect(verdict.kind).toBe(kind);
  });

  it.each([
    "93.184.216.34",
    "172.32.0.1",
    "100.128.0.1",
    "8.8.8.8",
    "2606:4700::1111",
    "::ffff:8.8.8.8",
  ])("allows the public address %s", (ip) => expect(classifyAddress(ip).blocked).toBe(false));

  it("names the cloud metadata address", () => {
    const verdict = classifyAddress("169.254.169.254");
    expect(verdict.blocked && verdict.reason).toMatch(/cloud metadata/);
  });
});

describe("checkUrl", () => {
  const refused = (url: string) => {
    try {
      checkUrl(url);
    } catch (error) {
      expect(error).toBeInstanceOf(FetchRefusedError);
      return (error as Error).message;
    }
    throw new Error(`${url} was not refused`);
  };

  it("refuses other schemes, credentials, odd ports and private IP literals with a clear reason", () => {
    expect(refused("file:///etc/passwd")).toBe(
      "Refused: only http and https URLs can be fetched, not file",
    );
    expect(refused("gopher://example.com/")).toMatch(/not gopher/);
    expect(refused("https://user:pw@example.com/")).toMatch(/user name or password/);
    expect(refused("http://example.com:22/")).toMatch(/port 22 is not allowed/);
    expect(refused("http://example.com:6379/")).toMatch(/port 6379/);
    expect(refused("http://127.0.0.1/")).toBe("Refused: 127.0.0.1 is a loopback address");
    expect(refused("http://169.254.169.254/latest/meta-data/")).toMatch(
      /169.254.169.254 is a link-local address \(cloud metadata/,
    );
    expect(refused("http://[::ffff:127.0.0.1]/")).toMatch(/loopback/);
    // Numeric host forms are normalised by the URL parser before the check.
    expect(refused("http://2130706433/")).toMatch(/127.0.0.1 is a loopback/);
    expect(refused("http://0x7f.1/")).toMatch(/127.0.0.1 is a loopback/);
    expect(refused("http://[fd00::1]:8080/")).toMatch(/private/);
  });

  it("accepts ordinary public URLs and high ports", () => {
    expect(checkUrl("https://news.example.com/a?b=1").hostname).toBe("news.example.com");
    expect(checkUrl("http://news.example.com:8080/").port).toBe("8080");
  });

  it("lets loopback through only with the test-only option", () => {
    expect(checkUrl("http://127.0.0.1:8080/", { allowLoopbackForTests: true }).port).toBe("8080");
    expect(() => checkUrl("http://10.0.0.1:8080/", { allowLoopbackForTests: true })).toThrow(
      /private/,
    );
  });
});

describe("classifyAddress: IPv6 forms of IPv4", () => {
  it("blocks the local-use NAT64 prefix 64:ff9b:1::/48 and IPv4-translated ::ffff:0:a.b.c.d", () => {
    // RFC 8215: local-use NAT64 translates to IPv4 inside the operator's network (not global).
    expect(classifyAddress("64:ff9b:1::a9fe:a9fe").blocked).toBe(true);
    expect(classifyAddress("64:ff9b:1:7f00:0:100::").blocked).toBe(true);
    // RFC 6145 IPv4-translated form of 127.0.0.1 and 10.0.0.1
    expect(classifyAddress("::ffff:0:7f00:1").blocked).toBe(true);
    expect(classifyAddress("::ffff:0:a00:1").blocked).toBe(true);
    // public addresses in the well-known NAT64 prefix stay allowed
    expect(classifyAddress("64:ff9b::808:808").blocked).toBe(false);
  });
});
