import { describe, expect, it } from "vitest";
import { extractStatements } from "./index.ts";
import { find } from "./test-helpers.ts";

/** Sources after their clause (docs/decisions/025, "Session 31: mixed speech and trailing sources"). */
describe("issue 15: trailing sources (session 31)", () => {
  it("reads ', X said' followed by a long setting", () => {
    const r = extractStatements(
      "T\nHer support has moved from the mayor to the treasurer and back again, Okafor said during her speech to the county delegates.",
    );
    const s = find(r, "reported", "Her support has moved");
    expect(s?.text).toBe("Her support has moved from the mayor to the treasurer and back again");
    expect(s?.speaker).toBe("Okafor");
    expect(s?.cue).toBe("said");
  });

  it("reads ', X told LISTENER as …' and a subordinate opening before the main clause", () => {
    const r = extractStatements(
      "T\nWhen the council met on Monday, it voted to close the old depot, Mayor Lena Ortiz told reporters as she left the hall.",
    );
    const s = find(r, "reported", "When the council met");
    expect(s?.text).toBe("When the council met on Monday, it voted to close the old depot");
    expect(s?.speaker).toBe("Lena Ortiz");
  });

  it("reads ', said TITLE NAME, who …'", () => {
    const r = extractStatements(
      "T\nThe relief fund is two million dollars short of its goal, said former county judge Amos Whitfield, who chairs the fund's board.",
    );
    const s = find(r, "reported", "The relief fund");
    expect(s?.text).toBe("The relief fund is two million dollars short of its goal");
    expect(s?.speaker).toBe("Amos Whitfield");
  });

  it("leaves a clause or an object after the cue alone", () => {
    const r = extractStatements(
      "T\nOn Friday morning, as the parade went by, a local station reported several planes circled the stadium.\n\nThough the senator is gaining ground with young voters, Ortiz maintains a firm lead among retirees.",
    );
    expect(find(r, "reported", "On Friday morning")).toBeUndefined();
    expect(find(r, "reported", "Though the senator")).toBeUndefined();
  });
});
