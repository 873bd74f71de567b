import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { find } from "./test-helpers.ts";

// A quote introduced by a colon and closed by a short named attribution (issue 15, session 31);
// sentences written here.
describe("a short attribution after an introduced quote", () => {
  const head =
    "T\nJonas Merel, an aide at the Treasury Department, wrote back within the hour.\n\n";

  it("beats the verb before the colon", () => {
    const r = extractStatements(
      `${head}Merel responded by explaining it was impossible to send her the file because it was stuck in Treasury’s locked system: “Believe me, I share your frustration,” Merel wrote.`,
    );
    expect(find(r, "direct_quote", "share your frustration")?.speaker).toBe("Jonas Merel");
  });

  it("leaves an introduced quote without a tail to the introduction", () => {
    const r = extractStatements(`${head}Merel wrote: “Believe me, I share your frustration.”`);
    expect(find(r, "direct_quote", "share your frustration")?.speaker).toBe("Jonas Merel");
  });
});
