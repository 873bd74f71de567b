import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintDockerfile } from "../src/lint-dockerfile.ts";
import { fixture, infraDir } from "./helpers.ts";

const dockerfiles = ["web", "worker"].map((name) => ({
  name,
  file: join(infraDir, "docker", `${name}.Dockerfile`),
}));

describe.each(dockerfiles)("infra/docker/$name.Dockerfile", ({ name, file }) => {
  const text = readFileSync(file, "utf8");

  it("passes dockerfile-utils and the project's Dockerfile rules", () => {
    expect(lintDockerfile(file)).toEqual([]);
  });

  it("prunes the monorepo with turbo, installs from the pruned lockfile, keeps prod deps only", () => {
    expect(text).toMatch(new RegExp(`turbo prune @claimdesk/${name}\\b.* --docker`));
    expect(text).toMatch(/COPY --from=prune \/app\/out\/json\/ \.\/\n/);
    expect(text).toMatch(/pnpm install --frozen-lockfile --store-dir/);
    expect(text).toMatch(/pnpm install --frozen-lockfile --prod/);
    expect(text).toMatch(/pnpm --filter @claimdesk\/db generate/);
  });

  it("runs as uid 1000 with a HEALTHCHECK on /healthz, on a pinned slim Node 24 (LTS) image", () => {
    expect(text).toMatch(/^USER 1000:1000$/m);
    expect(text).toMatch(/HEALTHCHECK[^\n]*\n[^\n]*\/healthz/);
    const froms = [...text.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);
    expect(froms.filter((f) => f?.startsWith("node:"))).toEqual([
      "node:24.21.0-bookworm-slim",
      "node:24.21.0-bookworm-slim",
    ]);
  });

  it("has a BuildKit per-Dockerfile ignore file that keeps node_modules and secrets out", () => {
    const ignore = readFileSync(`${file}.dockerignore`, "utf8");
    for (const entry of ["**/node_modules", ".env", "**/.env", ".git", ".data"]) {
      expect(ignore.split("\n")).toContain(entry);
    }
    expect(readFileSync(join(infraDir, "docker", "root.dockerignore"), "utf8")).toContain(
      ignore.split("\n").slice(2).join("\n"),
    );
  });
});

describe("Dockerfile linter", () => {
  it("rejects a deliberately broken Dockerfile with one problem per defect", () => {
    const messages = lintDockerfile(fixture("broken.Dockerfile")).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Unknown instruction: FORM/),
        expect.stringMatching(/base image "node" must be pinned/),
        expect.stringMatching(/ARG NPM_TOKEN: no secrets in images/),
        expect.stringMatching(/COPY of a .env file/),
        expect.stringMatching(/pnpm install must use --frozen-lockfile/),
        expect.stringMatching(/USER "root" must be a numeric non-root uid/),
        expect.stringMatching(/final stage must define a HEALTHCHECK/),
        expect.stringMatching(/CMD must use the exec/),
        expect.stringMatching(/no production-only install/),
        expect.stringMatching(/final stage should start from a slim/),
      ]),
    );
  });

  it("rejects a final stage without USER and an image from :latest", () => {
    const messages = lintDockerfile(
      "inline",
      'FROM node:latest\nHEALTHCHECK CMD ["true"]\nRUN pnpm install --frozen-lockfile --prod\nCMD ["node", "x.js"]\n',
    ).map((p) => p.message);
    expect(messages).toEqual([
      'base image "node" must be pinned to a version tag (not latest) or a digest',
      "final stage should start from a slim, alpine or distroless image",
      "final stage must set a non-root USER",
      "final stage must not install dependencies",
    ]);
  });
});
