import { readdirSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const infraDir = join(dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = join(infraDir, "..");
export const fixture = (...parts: string[]) => join(infraDir, "tests", "fixtures", ...parts);

/** The values compose needs; the test env, never real secrets. */
export const composeEnv = {
  POSTGRES_PASSWORD: "test-password",
  MEILI_MASTER_KEY: "test-master-key-0123456789abcdef",
};

const SKIP_DIRS = new Set(["node_modules", "build", "generated", "dist", ".cache", ".turbo"]);
const SOURCE = /\.(ts|tsx|mts|js|mjs|cjs)$/;

/** The source files below `dir` (repo-relative, `/`-separated), build output and generated code left out. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (SKIP_DIRS.has(entry) || entry.startsWith(".")) continue;
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (SOURCE.test(entry)) out.push(relative(repoRoot, full).split(sep).join("/"));
  }
  return out;
}

/**
 * Code that runs only in tests or on a developer's machine: test files and their folders, the
 * testing entries themselves, e2e, benchmark and evaluation scripts, the test configuration.
 */
export function isTestCode(path: string): boolean {
  const parts = path.split("/");
  const name = parts.at(-1) ?? "";
  if (parts[0] === "e2e") return true;
  if (path.startsWith("packages/test-config/")) return true;
  if (parts.some((p) => ["test", "tests", "testing", "scripts", "fixtures"].includes(p))) {
    return true;
  }
  return /\.(test|spec)\.[cm]?[jt]sx?$/.test(name) || /^(vitest|playwright)\.config\./.test(name);
}
