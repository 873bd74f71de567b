import { describe, expect, it } from "vitest";
import { extractStatements } from "./index.ts";

function speakerOf(text: string, start: string): string | null | undefined {
  return extractStatements(text).statements.find((s) => s.text.startsWith(start))?.speaker;
}

describe("descriptions as speakers", () => {
  it("resolves a bare 'the governor' to the person the paragraph is about", () => {
    const text =
      "T\nIndiana decides.\n\nPence, who is running for reelection this year, praised Cruz. “I particularly want to commend Donald Trump,” the governor said.";
    expect(speakerOf(text, "I particularly")).toBe("Pence");
  });

  it("keeps 'the Florida senator' a description (it may be someone else than the subject)", () => {
    const text =
      "T\nThe race.\n\nMarco Rubio met Ted Cruz on Monday. “We will win the nomination,” the Florida senator said.";
    expect(speakerOf(text, "We will win")).toBe("Florida senator");
  });

  it("respects gender: 'the congresswoman' is not the man named before", () => {
    const text =
      "T\nThe vote.\n\nJohn Smith spoke first on Monday. “The bill is dead on arrival,” the congresswoman said.";
    expect(speakerOf(text, "The bill is dead")).not.toBe("John Smith");
  });

  it("names a candidate's campaign: “Sanders’ campaign” and a later “the campaign”", () => {
    const text =
      "T\nThe primary.\n\nBernie Sanders is running. Sanders’ campaign said the numbers showed a clear path to the nomination. Later the campaign said the senator would stay in the race until the convention.";
    expect(speakerOf(text, "the numbers showed")).toBe("Bernie Sanders campaign");
    expect(speakerOf(text, "the senator would stay")).toBe("Bernie Sanders campaign");
  });
});
