import { describe, expect, it } from "vitest";
import { extractStatements } from "./index.ts";
import { find } from "./test-helpers.ts";

/** A promise runs on over "until"/"while" (infinitive-promises.ts, session 31, s31r). */
describe("promise contents with 'until' and 'while'", () => {
  it("keeps 'until …' inside the promise", () => {
    const r = extractStatements(
      "T\nSenator Ruth Calder has vowed to keep the depot open until the new line is finished in May.",
    );
    expect(find(r, "reported", "to keep the depot open")?.text).toBe(
      "to keep the depot open until the new line is finished in May",
    );
  });
});

describe("a promise before a later 'that'", () => {
  it("reads the infinitive, not a 'that' clause after the comma", () => {
    const r = extractStatements(
      "T\nSeveral county commissioners have vowed to block the quarry permit, Judge Ola Brandt's ruling, meaning that the site stays closed.",
    );
    expect(find(r, "reported", "to block the quarry permit")?.cue).toBe("vowed");
    expect(find(r, "reported", "the site stays closed")).toBeUndefined();
  });
});
