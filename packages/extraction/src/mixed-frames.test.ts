import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { find } from "./test-helpers.ts";

// Mixed speech next to a second report in the same sentence (issue 15, session 30); the
// sentences are written here in the shapes PolNeAR train shows.
describe("mixed frames beside another report", () => {
  const head = "T\nCouncillor Ruth Abara spoke on Monday.\n\n";

  it("ends a mixed clause before ', but suggested …' that the strict pass reports", () => {
    const text = `${head}Abara argued that “landlords” let the rents climb for years, but suggested the mayor acted too late.`;
    const r = extractStatements(text);
    const m = find(r, "mixed", "landlords");
    expect(m?.text).toBe("“landlords” let the rents climb for years");
    expect(m?.speaker).toBe("Ruth Abara");
    expect(find(r, "reported", "the mayor acted too late")).toBeDefined();
  });

  it("names with quoted words in a sentence that also reports a clause", () => {
    const text = `${head}Abara called the new parking rules “a tax on nurses” and said the council must vote again.`;
    const r = extractStatements(text);
    const m = find(r, "mixed", "parking rules");
    expect(m?.text).toBe("the new parking rules “a tax on nurses”");
    expect(m?.speaker).toBe("Ruth Abara");
  });
});
