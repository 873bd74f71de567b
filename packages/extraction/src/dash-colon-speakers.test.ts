import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { find } from "./test-helpers.ts";

// A digest line naming its source between a dash and a colon (issue 15, session 30, third
// helper); sentences written here in the shape PolNeAR train shows.
describe("a source between a dash and a colon", () => {
  const head = "T\nThe week in polling, in brief.\n\n";

  it("credits the name before the colon: 'Voters agree - Nora Pell: “…”'", () => {
    const r = extractStatements(
      `${head}Voters agree - Nora Pell: “Turnout in the suburbs rose faster than anyone had modeled this spring.”`,
    );
    expect(find(r, "direct_quote", "Turnout in the suburbs")?.speaker).toBe("Nora Pell");
  });

  it("keeps a plain introduced quote: 'Nora Pell wrote: “…”'", () => {
    const r = extractStatements(
      `${head}Nora Pell wrote: “Turnout in the suburbs rose faster than anyone had modeled this spring.”`,
    );
    expect(find(r, "direct_quote", "Turnout in the suburbs")?.speaker).toBe("Nora Pell");
  });
});
