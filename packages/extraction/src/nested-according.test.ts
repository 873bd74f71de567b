import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { find } from "./test-helpers.ts";

// A quote whose attribution is reported by someone else (issue 15, session 30, third helper);
// sentences written here in the shapes PolNeAR train shows.
describe("nested 'according to' after a quote's attribution", () => {
  const head = "T\nMayor Dana Whitlock toured the flooded district on Friday.\n\n";

  it("credits the outlet: '“…,” Whitlock said, according to the Valmora Ledger'", () => {
    const r = extractStatements(
      `${head}“We will rebuild every one of these bridges before the winter,” Whitlock said, according to the Valmora Ledger.`,
    );
    expect(find(r, "direct_quote", "We will rebuild")?.speaker).toBe("Valmora Ledger");
  });

  it("credits the outlet after a setting: 'said at a town hall, according to the Ledger'", () => {
    const r = extractStatements(
      `${head}“Nobody in this room should pay for a storm they did not cause,” Whitlock said at a town hall on Friday, according to the Valmora Ledger.`,
    );
    const speaker = find(r, "direct_quote", "Nobody in this room")?.speaker ?? "";
    expect(speaker).toMatch(/Valmora Ledger/);
  });

  it("takes the phrase when no one is named in it: 'according to audio provided by …'", () => {
    const r = extractStatements(
      `${head}“Nobody in this room should pay for a storm they did not cause,” Whitlock said on Friday, according to audio provided by Valmora Public Radio.`,
    );
    const speaker = find(r, "direct_quote", "Nobody in this room")?.speaker ?? "";
    expect(speaker).toMatch(/Valmora Public Radio/);
  });

  it("keeps the person when no 'according to' follows", () => {
    const r = extractStatements(
      `${head}“We will rebuild every one of these bridges before the winter,” Whitlock said on Friday.`,
    );
    expect(find(r, "direct_quote", "We will rebuild")?.speaker).toBe("Dana Whitlock");
  });
});

describe("'according to' phrases qualified by a name", () => {
  const head = "T\nThe county closed two schools this week.\n\n";

  it("keeps the name in the phrase: 'according to a report in the Valmora Ledger'", () => {
    const r = extractStatements(
      `${head}The district spent twice its budget on repairs last year, according to a report in the Valmora Ledger.`,
    );
    const speaker = find(r, "reported", "The district spent twice")?.speaker ?? "";
    expect(speaker).toMatch(/Valmora Ledger/);
  });
});
