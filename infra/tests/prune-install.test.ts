import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { infraDir, repoRoot } from "./helpers.ts";

/**
 * Runs, outside Docker, the stages of each Dockerfile that do not need an engine: the
 * `turbo prune … --docker` line taken from the Dockerfile itself, then the production
 * `pnpm install --frozen-lockfile --prod` on the pruned lockfile (offline, from the local
 * store), then checks that the files the image's CMD and the migrate command need exist.
 */

function workspacePackages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const group of ["apps", "packages"]) {
    const base = join(repoRoot, group);
    for (const entry of existsSync(base) ? readdirSync(base) : []) {
      const manifest = join(base, entry, "package.json");
      if (!existsSync(manifest)) continue;
      const { name } = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string };
      if (name) found.set(name, `${group}/${entry}`);
    }
  }
  return found;
}

const cases = [
  {
    name: "web",
    // The image runs `node --import tsx server.ts` (apps/web/server.ts and http/, on
    // node:http); @remix-run/router carries a patch (patches/), so the install needs it.
    runtimeFiles: [
      "apps/web/server.ts",
      "apps/web/http/node-handler.ts",
      "apps/web/http/static-files.ts",
      "apps/web/node_modules/tsx/package.json",
      "apps/web/node_modules/@remix-run/node/package.json",
    ],
    patched: ["@remix-run+router@"],
  },
  {
    name: "worker",
    runtimeFiles: ["apps/worker/node_modules/tsx/package.json", "apps/cli/bin/claimdesk.mjs"],
    patched: [] as string[],
  },
];

const packages = workspacePackages();
const scratch = mkdtempSync(join(tmpdir(), "claimdesk-prune-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(cases)(
  "$name.Dockerfile prune + production install",
  ({ name, runtimeFiles, patched }) => {
    const dockerfile = readFileSync(join(infraDir, "docker", `${name}.Dockerfile`), "utf8");
    const scopes =
      /turbo prune ((?:@[\w-]+\/[\w-]+ )+)--docker/.exec(dockerfile)?.[1]?.trim().split(" ") ?? [];
    const missing = scopes.filter((scope) => !packages.has(scope));

    it("names the packages it prunes", () => {
      expect(scopes).toContain(`@claimdesk/${name}`);
    });

    // The apps are written in parallel with infra/: until a scope exists this cannot run.
    it.skipIf(missing.length > 0)(
      `prunes and installs production dependencies from the pruned lockfile${
        missing.length > 0 ? ` (skipped: ${missing.join(", ")} not in the workspace yet)` : ""
      }`,
      () => {
        const out = join(scratch, name);
        const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", CI: "1" };
        execFileSync(
          join(repoRoot, "node_modules/.bin/turbo"),
          ["prune", ...scopes, "--docker", "--out-dir", out],
          { cwd: repoRoot, env, stdio: "pipe" },
        );
        for (const file of [
          "json/pnpm-lock.yaml",
          "json/pnpm-workspace.yaml",
          "full/package.json",
        ]) {
          expect(existsSync(join(out, file)), file).toBe(true);
        }
        execFileSync("pnpm", ["install", "--frozen-lockfile", "--prod", "--offline"], {
          cwd: join(out, "json"),
          env,
          stdio: "pipe",
        });
        const image = (path: string) =>
          [join(out, "json", path), join(out, "full", path)].some((p) => existsSync(p));
        // migrateDatabase() spawns packages/db/node_modules/prisma/build/index.js.
        for (const file of ["packages/db/node_modules/prisma/build/index.js", ...runtimeFiles]) {
          expect(image(file), file).toBe(true);
        }
        expect(existsSync(join(out, "json", "node_modules/.pnpm/node_modules/vitest"))).toBe(false);
        // Dependencies patched in patches/ are installed patched in the image too.
        const installed = readdirSync(join(out, "json", "node_modules/.pnpm"));
        for (const prefix of patched) {
          expect(
            installed.filter((dir) => dir.startsWith(prefix)),
            prefix,
          ).toEqual([expect.stringMatching(/_patch_hash=/)]);
        }
      },
      180_000,
    );
  },
);
