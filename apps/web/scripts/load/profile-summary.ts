// A V8 CPU profile (node:inspector's Profiler) summed by where the time went: self time per
// function, and per package or app directory, so a page's cost can be read without DevTools.

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
};
export type CpuProfile = { nodes: ProfileNode[]; startTime: number; endTime: number };

/** The package (node_modules/<name>, or a workspace package) or app directory a URL is in. */
export function areaOf(url: string): string {
  if (!url) return "(native / V8)";
  if (url.startsWith("node:")) return url;
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = url.slice(modules + "node_modules/".length).split("/");
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  const workspace = url.match(/\/(packages|apps)\/([^/]+)\/(?:(app|src|build)\/)?([^/]+)?/);
  if (workspace) return `${workspace[1]}/${workspace[2]}${workspace[4] ? `/${workspace[4]}` : ""}`;
  return url;
}

/** The top `limit` entries of self time (%) by function and by area. */
export function summarize(profile: CpuProfile, limit = 25) {
  let total = 0;
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    total += hits;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || "(anonymous)"} ${url.split("/").slice(-2).join("/")}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
    const area = areaOf(url);
    byArea.set(area, (byArea.get(area) ?? 0) + hits);
  }
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, hits]) => `${((100 * hits) / (total || 1)).toFixed(1).padStart(5)} %  ${name}`);
  return { samples: total, functions: top(byFunction), areas: top(byArea) };
}

/** Total (self + descendants) time, % of samples, of functions whose name matches. */
export function inclusive(profile: CpuProfile, match: RegExp): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = (node: ProfileNode): number =>
    (node.hitCount ?? 0) +
    (node.children ?? []).reduce((s, c) => s + self(byId.get(c) as ProfileNode), 0);
  const total = profile.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0) || 1;
  const sums = new Map<string, number>();
  const walk = (node: ProfileNode, inside: Set<string>) => {
    const name = node.callFrame.functionName;
    const next = new Set(inside);
    if (match.test(name) && !inside.has(name)) {
      sums.set(name, (sums.get(name) ?? 0) + self(node));
      next.add(name);
    }
    for (const c of node.children ?? []) walk(byId.get(c) as ProfileNode, next);
  };
  const root = profile.nodes[0];
  if (root) walk(root, new Set());
  return [...sums]
    .sort((a, b) => b[1] - a[1])
    .map(([name, hits]) => `${((100 * hits) / total).toFixed(1).padStart(5)} %  ${name}`);
}
