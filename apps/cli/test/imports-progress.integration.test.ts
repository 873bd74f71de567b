// Issue 19: `claimreview import` and `import liar` show a progress bar and a summary of what
// happened to each item (imported / updated / skipped / errors).
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = join(dirname(fileURLToPath(import.meta.url)), "../bin/claimdesk.mjs");
const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    env: process.env,
    timeout: 90_000,
  });
  return { code: r.status, stderr: r.stderr };
};

describe("imports from the command line", { timeout: 300_000 }, () => {
  it("claimreview import shows progress, then imported / updated / skipped / errors with each error's item", () => {
    const dir = mkdtempSync(join(tmpdir(), "claimdesk-cr-"));
    const file = join(dir, "reviews.json");
    const tag = Date.now().toString(36);
    const review = (n: number, verdict: string) => ({
      "@type": "ClaimReview",
      url: `https://checker.example/${tag}/${n}`,
      claimReviewed: `Imported claim ${n} ${tag}`,
      author: { name: "Other Checker" },
      reviewRating: { alternateName: verdict },
    });
    writeFileSync(
      file,
      JSON.stringify([review(1, "False"), review(2, "True"), { "@type": "ClaimReview", url: "x" }]),
    );
    const first = cli(["claimreview", "import", file]);
    expect(first.code).toBe(1); // one item failed
    expect(first.stderr).toMatch(/^import \[#{30}\] 3\/3 100%/m);
    expect(first.stderr).toContain("imported 2, updated 0, skipped 0 (unchanged), errors 1");
    expect(first.stderr).toMatch(/error {3}input\[2\]: url must be the absolute URL/);

    writeFileSync(file, JSON.stringify([review(1, "False"), review(2, "Mostly False")]));
    const again = cli(["claimreview", "import", file]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("imported 0, updated 1, skipped 1 (unchanged), errors 0");
  });

  it("import liar shows progress and the same summary", () => {
    const dir = mkdtempSync(join(tmpdir(), "claimdesk-liar-"));
    const file = join(dir, "liar.tsv");
    const tag = Date.now().toString(36);
    const row = (id: string, label: string, text: string) =>
      [
        id,
        label,
        text,
        "economy",
        "pat-doe",
        "Governor",
        "Texas",
        "republican",
        "0",
        "0",
        "0",
        "0",
        "0",
        "a speech",
      ].join("\t");
    writeFileSync(
      file,
      [
        row(`${Date.now()}1.json`, "false", `Taxes tripled ${tag}`),
        row(`${Date.now()}2.json`, "true", `Jobs grew ${tag}`),
        "broken line",
      ].join("\n"),
    );
    const first = cli(["import", "liar", file]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^import \[#{30}\] 2\/2 100%/m);
    expect(first.stderr).toContain(
      "imported 2, updated 0, skipped 0 (0 already imported, 0 repeated), errors 1",
    );
    const again = cli(["import", "liar", file]);
    expect(again.stderr).toContain(
      "imported 0, updated 0, skipped 2 (2 already imported, 0 repeated), errors 1",
    );
  });
});
