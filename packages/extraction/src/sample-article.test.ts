import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";

// The real sample lives outside the repo (../shared from the repo root) and is never copied in.
const SAMPLE = join(
  import.meta.dirname,
  "../../../../shared/samples/articles/000_8398bc5f8353bf78.txt",
);
const present = existsSync(SAMPLE);
if (!present)
  console.warn(`skipping sample-article tests: ${SAMPLE} not found (../shared is absent)`);

describe.skipIf(!present)("sample article 000_8398bc5f8353bf78 (from ../shared)", () => {
  const input = present ? readFileSync(SAMPLE, "utf8") : "";

  it("attributes “There is no betrayal there” to Pete Hegseth as a direct quote", () => {
    const r = extractStatements(input);
    const q = r.statements.find((s) => s.text.includes("There is no betrayal there"));
    expect(q?.kind).toBe("direct_quote");
    expect(q?.speaker).toBe("Pete Hegseth");
    expect(q?.speakerRole).toBe("Secretary of Defense");
    expect(input.slice(q?.start, q?.end)).toBe("There is no betrayal there");
  });

  it("continues Hegseth for the unattributed follow-up quote and finds reported speech", () => {
    const r = extractStatements(input);
    expect(r.statements.find((s) => s.text.startsWith("There is a recognition"))?.speaker).toBe(
      "Pete Hegseth",
    );
    const claimed = r.statements.find(
      (s) => s.kind === "reported" && s.text.includes("would not have erupted"),
    );
    expect(claimed?.speaker).toBe("Donald Trump");
    expect(r.statements.some((s) => /^(Context of|Conclusion|The Path Forward)/.test(s.text))).toBe(
      false,
    );
    expect(r.speakers.map((s) => s.name)).toEqual(["Pete Hegseth", "Donald Trump"]);
  });
});
