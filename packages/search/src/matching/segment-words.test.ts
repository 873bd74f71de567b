import { describe, expect, it } from "vitest";
import { segmentHandles, segmentWord } from "./segment-words.ts";

const known = new Map([
  ["ted", 3],
  ["cruz", 5],
  ["fox", 9],
  ["and", 900],
  ["friends", 7],
  ["cape", 2],
  ["storm", 4],
  ["wikileaks", 6],
  ["wiki", 1],
  ["leaks", 3],
]);
const count = (w: string) => known.get(w) ?? 0;

describe("segmentWord", () => {
  it("splits a run-together handle into the archive's words, fewest pieces first", () => {
    expect(segmentWord("tedcruz", count)).toEqual(["ted", "cruz"]);
    expect(segmentWord("foxandfriends", count)).toEqual(["fox", "and", "friends"]);
    expect(segmentWord("capestorm2019", count)).toEqual(["cape", "storm", "2019"]);
  });

  it("leaves words the archive knows, and words it cannot spell", () => {
    expect(segmentWord("wikileaks", count)).toBeNull();
    expect(segmentWord("tedxyzcruz", count)).toBeNull();
    expect(segmentWord("ted", count)).toBeNull();
  });
});

describe("segmentHandles", () => {
  it("splits lower-case handles and hashtags, not the signature's handle in brackets", () => {
    expect(
      segmentHandles("Shame on @tedcruz #capestorm — Sean (@tedcruz) May 1, 2019", count),
    ).toBe("Shame on @ted_cruz #cape_storm — Sean (@tedcruz) May 1, 2019");
    expect(segmentHandles("email me at a@tedcruz.com", count)).toBe("email me at a@tedcruz.com");
    // the archive has the word in another form: not split
    expect(segmentHandles("#tedcruz", count, (w) => w === "tedcruz")).toBe("#tedcruz");
  });
});
