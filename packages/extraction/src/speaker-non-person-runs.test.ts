import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { find } from "./test-helpers.ts";

// Programme and street names the chunker read as people (issue 15, session 31); sentences
// written here.
describe("programmes and streets do not take 'he'", () => {
  const text =
    "T\nTax adviser Tomas Velk spoke in Leeds on Monday.\n\n" +
    "Cuts to Social Security, he added, amount to ''tinkering at the edges.''\n\n" +
    "The meeting at Broad Street ran late. ''We will need a new tax,'' he said.";
  const r = extractStatements(text);

  it("'Social Security' is no antecedent", () => {
    expect(find(r, "direct_quote", "tinkering")?.speaker).toBe("Tomas Velk");
  });

  it("'Broad Street' is no antecedent", () => {
    expect(find(r, "direct_quote", "new tax")?.speaker).toBe("Tomas Velk");
  });
});
