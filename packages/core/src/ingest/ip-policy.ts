import { isIP } from "node:net";

/** Why an address may not be fetched, e.g. "a loopback address"; null when it is public. */
export type AddressVerdict =
  | { blocked: false }
  | { blocked: true; kind: AddressKind; reason: string };

export type AddressKind =
  | "loopback"
  | "private"
  | "link-local"
  | "unspecified"
  | "multicast"
  | "reserved"
  | "invalid";

interface Range4 {
  base: number;
  bits: number;
  kind: AddressKind;
  label?: string;
}

const ipv4ToInt = (ip: string): number =>
  ip.split(".").reduce((acc, part) => acc * 256 + Number(part), 0);

const r4 = (cidr: string, kind: AddressKind, label?: string): Range4 => {
  const [base, bits] = cidr.split("/") as [string, string];
  return { base: ipv4ToInt(base), bits: Number(bits), kind, label };
};

// Order matters only for the label: the first match names the address.
const V4_RANGES: Range4[] = [
  r4("169.254.169.254/32", "link-local", "a link-local address (cloud metadata service)"),
  r4("0.0.0.0/8", "unspecified"),
  r4("127.0.0.0/8", "loopback"),
  r4("10.0.0.0/8", "private"),
  r4("172.16.0.0/12", "private"),
  r4("192.168.0.0/16", "private"),
  r4("100.64.0.0/10", "private", "a private address (carrier-grade NAT, 100.64/10)"),
  r4("169.254.0.0/16", "link-local"),
  r4("192.0.0.0/24", "reserved"),
  r4("192.0.2.0/24", "reserved"),
  r4("198.18.0.0/15", "reserved"),
  r4("198.51.100.0/24", "reserved"),
  r4("203.0.113.0/24", "reserved"),
  r4("224.0.0.0/4", "multicast"),
  r4("240.0.0.0/4", "reserved"),
];

const LABEL: Record<AddressKind, string> = {
  loopback: "a loopback address",
  private: "a private address",
  "link-local": "a link-local address",
  unspecified: "an unspecified address",
  multicast: "a multicast address",
  reserved: "a reserved address",
  invalid: "not a valid IP address",
};

function verdict(kind: AddressKind, label?: string): AddressVerdict {
  return { blocked: true, kind, reason: label ?? LABEL[kind] };
}

function classifyV4(ip: string): AddressVerdict {
  const value = ipv4ToInt(ip);
  for (const range of V4_RANGES) {
    const size = 2 ** (32 - range.bits);
    if (value >= range.base && value < range.base + size) return verdict(range.kind, range.label);
  }
  return { blocked: false };
}

/** Expands an IPv6 address into its 8 16-bit groups (handles "::" and a dotted IPv4 tail). */
export function expandIpv6(ip: string): number[] {
  let text = ip.toLowerCase().replace(/%.*$/, "");
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const v = ipv4ToInt(dotted[1]!);
    text = `${text.slice(0, -dotted[1]!.length)}${(v >>> 16).toString(16)}:${(v & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const parse = (s: string | undefined) =>
    s ? s.split(":").map((g) => Number.parseInt(g, 16)) : [];
  const left = parse(head);
  const right = parse(tail);
  const zeros = tail === undefined ? [] : new Array(8 - left.length - right.length).fill(0);
  return [...left, ...zeros, ...right];
}

const v4FromGroups = (hi: number, lo: number) => [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join(".");

function classifyV6(ip: string): AddressVerdict {
  const g = expandIpv6(ip);
  if (g.length !== 8 || g.some((n) => Number.isNaN(n))) return verdict("invalid");
  const allZeroUntil = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (allZeroUntil(8)) return verdict("unspecified");
  if (allZeroUntil(7) && g[7] === 1) return verdict("loopback");
  // IPv4 embedded in IPv6: judge the IPv4 address it carries.
  const embedded = (v4: string, form: string): AddressVerdict => {
    const inner = classifyV4(v4);
    return inner.blocked ? verdict(inner.kind, `${inner.reason} (${form} of ${v4})`) : inner;
  };
  if (allZeroUntil(5) && g[5] === 0xffff)
    return embedded(v4FromGroups(g[6]!, g[7]!), "IPv4-mapped IPv6 form");
  if (allZeroUntil(4) && g[4] === 0xffff && g[5] === 0)
    return embedded(v4FromGroups(g[6]!, g[7]!), "IPv4-translated IPv6 form");
  if (allZeroUntil(6)) return embedded(v4FromGroups(g[6]!, g[7]!), "IPv4-compatible IPv6 form");
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) {
    return embedded(v4FromGroups(g[6]!, g[7]!), "NAT64 form");
  }
  // Local-use NAT64 (RFC 8215) translates into the operator's own IPv4 network, with the IPv4
  // address at a prefix-dependent position: the whole /48 is refused.
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1)
    return verdict("reserved", "a reserved address (local-use NAT64, 64:ff9b:1::/48)");
  if (g[0] === 0x2002) return embedded(v4FromGroups(g[1]!, g[2]!), "6to4 form");
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00)
    return verdict("private", "a private address (unique local, fc00::/7)");
  if ((first & 0xffc0) === 0xfe80) return verdict("link-local");
  if ((first & 0xffc0) === 0xfec0)
    return verdict("private", "a private address (site-local, fec0::/10)");
  if ((first & 0xff00) === 0xff00) return verdict("multicast");
  if (first === 0x2001 && g[1] === 0x0db8)
    return verdict("reserved", "a reserved address (documentation)");
  if (first === 0x2001 && g[1] === 0) return verdict("reserved", "a reserved address (Teredo)");
  if (first === 0x0100 && g.slice(1, 4).every((x) => x === 0))
    return verdict("reserved", "a reserved address (discard)");
  return { blocked: false };
}

/**
 * Classifies an IP address for outbound fetching: loopback, private (RFC 1918, CGNAT, unique
 * local), link-local (including 169.254.169.254 cloud metadata), unspecified, multicast and
 * reserved ranges are blocked, also when written as IPv4-mapped, IPv4-compatible, NAT64 or 6to4
 * IPv6 addresses.
 */
export function classifyAddress(ip: string): AddressVerdict {
  const family = isIP(ip.replace(/^\[|\]$/g, "").replace(/%.*$/, ""));
  if (family === 4) return classifyV4(ip);
  if (family === 6) return classifyV6(ip.replace(/^\[|\]$/g, ""));
  return verdict("invalid");
}
