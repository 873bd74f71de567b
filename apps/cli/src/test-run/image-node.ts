// The production images' Node.js (infra/docker/*.Dockerfile, `FROM node:<version>-…`), for
// running the unit and integration suites once more on the runtime the images ship. It comes
// from the npm registry's `node` package (its binary is an npm package too), installed into
// ./.tools/node-<version>; nothing is downloaded from anywhere else.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The Node.js version both Dockerfiles run, or an error naming the disagreement. */
export function imageNodeVersion(root: string): string {
  const versions = new Set(
    ["web", "worker"].flatMap((name) => {
      const text = readFileSync(join(root, "infra/docker", `${name}.Dockerfile`), "utf8");
      return [...text.matchAll(/^FROM node:(\d+\.\d+\.\d+)\b/gm)].map((m) => m[1]!);
    }),
  );
  if (versions.size !== 1)
    throw new Error(
      `the Dockerfiles name ${versions.size === 0 ? "no" : "different"} Node.js versions (${[...versions].join(", ")})`,
    );
  return [...versions][0]!;
}

/** The bin directory of that Node.js, installed on first use; checks that it runs. */
export function ensureImageNode(root: string, version: string, log: (line: string) => void) {
  const prefix = join(root, ".tools", `node-${version}`);
  const bin = join(prefix, "node_modules/node/bin");
  if (!existsSync(join(bin, "node"))) {
    log(`Installing Node.js ${version} (the images' runtime) from the npm registry …`);
    const install = spawnSync(
      "npm",
      ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", prefix, `node@${version}`],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
    if (install.error || install.status !== 0)
      throw new Error(`npm could not install node@${version}`);
  }
  const seen = execFileSync(join(bin, "node"), ["--version"], { encoding: "utf8" }).trim();
  if (seen !== `v${version}`) throw new Error(`node@${version} runs as ${seen}`);
  return bin;
}
