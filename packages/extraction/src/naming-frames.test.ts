import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { find } from "./test-helpers.ts";

// Naming with quoted words (issue 15, branch x15m); the sentences are written here.
describe("naming frames", () => {
  const head = "T\nSenator Maria Lopez spoke on Monday.\n\n";

  it("takes the object and the quoted words after a participle 'calling'", () => {
    const text = `${head}Lopez spoke for an hour, calling the budget “reckless.”`;
    const r = extractStatements(text);
    const m = find(r, "mixed", "the budget");
    expect(m?.text).toBe("the budget “reckless.”");
    expect(m?.speaker).toBe("Maria Lopez");
    expect(text.slice(m?.start, m?.end)).toBe(m?.text);
  });

  it("reads 'called X “Y”' with a named subject", () => {
    const r = extractStatements(`${head}Lopez had called the new harbor fees “a quiet tax.”`);
    expect(find(r, "mixed", "the new harbor fees")?.text).toBe(
      "the new harbor fees “a quiet tax.”",
    );
  });

  it("leaves a passive 'was called' alone", () => {
    const r = extractStatements(`${head}The levy was called a “fee” by the clerk.`);
    expect(r.statements.filter((s) => s.kind === "mixed")).toHaveLength(0);
  });
});
