// The import graph stays a graph of layers (issue 17): no file imports itself back through
// others at runtime, a package imports only the workspace packages its package.json names (and
// never an app), the packages form no loop, and ARCHITECTURE.md's "depends on" column is what
// the package.json files and the product code say. Imports are read with TypeScript's own
// scanner (static imports, re-exports, dynamic import()).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { isTestCode, repoRoot, sourceFiles } from "./helpers.ts";

const UNITS = ["packages", "apps"].flatMap((d) =>
  readdirSync(join(repoRoot, d)).map((name) => `${d}/${name}`),
);

type Manifest = { name: string; dependencies?: object; devDependencies?: object };
const manifest = (unit: string): Manifest =>
  JSON.parse(readFileSync(join(repoRoot, unit, "package.json"), "utf8"));
const unitOfName = new Map(UNITS.map((u) => [manifest(u).name, u]));

interface Imports {
  /** repo-relative files this one imports, and whether only its types */
  files: { to: string; typeOnly: boolean }[];
  /** `@claimdesk/<name>` packages it imports */
  packages: string[];
}

function readImports(file: string, known: Set<string>): Imports {
  const text = readFileSync(join(repoRoot, file), "utf8");
  const typeOnly = new Set(
    [...text.matchAll(/^\s*(?:import|export)\s+type\s[^;]*?from\s+["']([^"']+)["']/gms)].map(
      (m) => m[1],
    ),
  );
  const result: Imports = { files: [], packages: [] };
  for (const { fileName: spec } of ts.preProcessFile(text, true, true).importedFiles) {
    if (spec.startsWith(".")) {
      const base = normalize(join(dirname(file), spec))
        .split(sep)
        .join("/");
      const to = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => known.has(f));
      if (to) result.files.push({ to, typeOnly: typeOnly.has(spec) });
    } else {
      const name = spec.match(/^@claimdesk\/[^/]+/)?.[0];
      if (name && unitOfName.has(name)) result.packages.push(name);
    }
  }
  return result;
}

/** The strongly connected components with more than one node (Tarjan): the loops of a graph. */
export function findLoops(nodes: string[], next: (node: string) => string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const loops: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of next(v)) {
      if (!index.has(w)) visit(w);
      if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, low.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const loop = stack.splice(stack.indexOf(v));
      if (loop.length > 1 || next(v).includes(v)) loops.push(loop);
    }
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  return loops;
}

const files = UNITS.flatMap((u) => sourceFiles(join(repoRoot, u)));
const known = new Set(files);
const graph = new Map(files.map((f) => [f, readImports(f, known)]));
const unitOf = (file: string) => UNITS.find((u) => file.startsWith(`${u}/`))!;

/** Workspace package → the workspace packages its product (non-test) files import. */
function productEdges(): Map<string, Set<string>> {
  const edges = new Map(UNITS.map((u) => [manifest(u).name, new Set<string>()]));
  for (const [file, imports] of graph) {
    if (isTestCode(file)) continue;
    const from = manifest(unitOf(file)).name;
    for (const to of imports.packages) if (to !== from) edges.get(from)!.add(to);
  }
  return edges;
}

describe("the import graph", () => {
  it("finds a planted loop (the check can fail)", () => {
    const planted = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(findLoops([...planted.keys()], (v) => planted.get(v) ?? [])).toEqual([["a", "b", "c"]]);
  });

  it("has no runtime import loop between files", () => {
    const next = (f: string) =>
      graph
        .get(f)!
        .files.filter((e) => !e.typeOnly)
        .map((e) => e.to);
    expect(findLoops(files, next)).toEqual([]);
  });

  it("imports only declared workspace packages, never an app, with no loop between packages", () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      const unit = unitOf(file);
      const m = manifest(unit);
      const declared = { ...m.dependencies, ...(isTestCode(file) ? m.devDependencies : {}) };
      for (const name of imports.packages) {
        if (name === m.name) continue;
        if (unit.startsWith("packages/") && unitOfName.get(name)!.startsWith("apps/"))
          wrong.push(`${file} imports the app ${name}`);
        else if (!(name in declared)) wrong.push(`${file} imports undeclared ${name}`);
      }
    }
    expect(wrong).toEqual([]);
    const edges = productEdges();
    expect(findLoops([...edges.keys()], (v) => [...(edges.get(v) ?? [])])).toEqual([]);
  });

  it("matches ARCHITECTURE.md's dependency table", () => {
    const arch = readFileSync(join(repoRoot, "ARCHITECTURE.md"), "utf8");
    const rows = [...arch.matchAll(/^\| `(@claimdesk\/[\w-]+|apps\/\w+)` \| ([^|]*) \|/gm)];
    const edges = productEdges();
    const table = (list: Iterable<string>) => [...list].sort().join(", ");
    for (const unit of UNITS) {
      const m = manifest(unit);
      const row = rows.find((r) => r[1] === m.name || r[1] === unit);
      const documented = (row?.[2] ?? "")
        .split(",")
        .map((s) => `@claimdesk/${s.trim().split(" ")[0]}`)
        .filter((n) => unitOfName.has(n));
      const declared = Object.keys(m.dependencies ?? {}).filter((n) => unitOfName.has(n));
      const said = { name: m.name, documented: table(documented), declared: table(declared) };
      expect(said).toEqual({ ...said, documented: table(declared) });
      expect(said).toEqual({ ...said, declared: table(edges.get(m.name)!) });
    }
  });
});
