// Test fixtures live under a testing entry (`@claimdesk/<package>/testing…`, a `testing/` folder)
// that only tests import (issue 17): product code never imports one, and a package exports a
// test-only module (one that imports vitest) only under `./testing`.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { isTestCode, repoRoot, sourceFiles } from "./helpers.ts";

/**
 * Temporary exceptions, each with its reason. memory-index.test.ts (being split on another
 * branch) still imports the fixtures' old path; the shim goes when it imports testing/fixtures.ts.
 */
const ALLOWED = new Set(["packages/search/src/conformance-fixtures.ts"]);

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"']+)["']/g;

export function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => m[1] as string);
}

/** A specifier that reaches a testing entry: `@claimdesk/x/testing…` or a path into `testing/`. */
export function reachesTesting(importer: string, specifier: string): boolean {
  if (specifier.startsWith("@claimdesk/")) {
    return specifier.split("/").slice(2).includes("testing");
  }
  if (!specifier.startsWith(".")) return false;
  const target = normalize(join(dirname(importer), specifier)).split(sep);
  return target.includes("testing");
}

const productFiles = ["apps", "packages"]
  .flatMap((top) => sourceFiles(join(repoRoot, top)))
  .filter((path) => !isTestCode(path));

function workspaceManifests(): { dir: string; manifest: Record<string, unknown> }[] {
  return ["apps", "packages", "e2e", "infra"].flatMap((top) => {
    const base = join(repoRoot, top);
    const dirs =
      top === "e2e" || top === "infra" ? [base] : readdirSync(base).map((d) => join(base, d));
    return dirs.flatMap((dir) => {
      try {
        const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
        return [{ dir, manifest }];
      } catch {
        return [];
      }
    });
  });
}

function exportTargets(exports: unknown): [string, string][] {
  if (!exports || typeof exports !== "object") return [];
  return Object.entries(exports as Record<string, unknown>).flatMap(([key, target]) => {
    if (typeof target === "string") return [[key, target] as [string, string]];
    if (target && typeof target === "object") {
      const t = target as Record<string, unknown>;
      const file = t.default ?? t.import ?? t.types;
      return typeof file === "string" ? [[key, file] as [string, string]] : [];
    }
    return [];
  });
}

describe("testing entries", () => {
  it("are imported by no product code", () => {
    // The walk saw the product code (apps' routes, packages' sources), not an empty tree.
    expect(productFiles).toContain("apps/web/app/root.tsx");
    expect(productFiles).toContain("packages/search/src/index.ts");
    expect(productFiles).not.toContain("packages/core/src/testing/index.ts");

    const offenders = productFiles.flatMap((path) =>
      importsOf(readFileSync(join(repoRoot, path), "utf8"))
        .filter((specifier) => reachesTesting(path, specifier))
        .filter(() => !ALLOWED.has(path))
        .map((specifier) => `${path} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it("are where a package exports test-only modules, and only there", () => {
    const misplaced: string[] = [];
    const testingEntries: string[] = [];
    for (const { dir, manifest } of workspaceManifests()) {
      for (const [key, target] of exportTargets(manifest.exports)) {
        const entry = `${manifest.name}${key.slice(1)}`;
        const isTestingKey = key === "./testing" || key.startsWith("./testing/");
        if (isTestingKey) testingEntries.push(entry);
        const source = readFileSync(join(dir, target), "utf8");
        const testOnly =
          target.split("/").includes("testing") || importsOf(source).includes("vitest");
        if (testOnly !== isTestingKey && !target.endsWith(".d.ts")) {
          misplaced.push(`${entry} -> ${target}`);
        }
      }
    }
    expect(testingEntries).toEqual(
      expect.arrayContaining([
        "@claimdesk/core/testing",
        "@claimdesk/db/testing",
        "@claimdesk/search/testing",
      ]),
    );
    expect(misplaced).toEqual([]);
  });
});
