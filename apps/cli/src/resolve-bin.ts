import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** A file inside `pkg` as resolved from `fromDir` (e.g. a tool's bin script, run with node). */
export function resolveBin(fromDir: string, pkg: string, relative: string): string {
  const require = createRequire(join(fromDir, "package.json"));
  return join(dirname(require.resolve(`${pkg}/package.json`)), relative);
}
