import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";

// Opening adverbs read as names (issue 15, session 31); sentences written here.
describe("opening adverbs are not speakers", () => {
  const head = "T\nCouncillor Ruth Abara spoke on Monday before the harbour vote.\n\n";

  it("passes over 'Hastily' to the subject after a dashed opening", () => {
    const r = extractStatements(
      `${head}Hastily politicizing the vote ― much like she did after the flood in March ― Abara cast the blame on her rivals, and emphasized the threat that “reckless spending” poses to the town.`,
    );
    const s = r.statements.find((x) => x.kind === "mixed");
    expect(s?.speaker).toBe("Ruth Abara");
  });

  it("keeps a first name that ends in -ly as the speaker", () => {
    const r = extractStatements(
      `${head}Emily Novak criticised the plan and called it “a gift to developers.”`,
    );
    const s = r.statements.find((x) => x.text.includes("gift to developers"));
    expect(s?.speaker).toBe("Emily Novak");
  });
});
