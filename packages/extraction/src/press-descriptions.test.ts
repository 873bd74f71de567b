import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { isPressName } from "./press-descriptions.ts";
import { find } from "./test-helpers.ts";

// "the newspaper" after a named outlet (issue 15, session 31); sentences written here.
describe("press descriptions", () => {
  it("'the conservative-leaning newspaper' is the outlet named before, not the last person", () => {
    const r = extractStatements(
      "T\nSenator Joe Biden spoke in Scranton on Monday.\n\n" +
        "In a sharp opinion piece, The Wall Street Journal called on the mayor to resign.\n\n" +
        "“He needs to stop blaming everyone else,” the conservative-leaning newspaper wrote.",
    );
    expect(find(r, "direct_quote", "stop blaming")?.speaker).toBe("Wall Street Journal");
  });

  it("reads mastheads, not other organisations", () => {
    expect(isPressName("Des Moines Register")).toBe(true);
    expect(isPressName("Harbor Authority")).toBe(false);
  });
});
