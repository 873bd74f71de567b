import { describe, expect, it } from "vitest";
import { checkedClaim as checked } from "../testing/checked-claims.ts";
import { ClaimMatcher } from "./claim-matcher.ts";
import { FEATURE_NAMES } from "./match-features.ts";
import { shippedTranslations, WordTranslations } from "./word-translations.ts";

const CLAIM_TRANSLATED = FEATURE_NAMES.indexOf("claim_translated");

describe("WordTranslations", () => {
  const table = new WordTranslations(
    new Map([
      [
        "dead",
        new Map([
          ["kill", 0.4],
          ["shot", 0.2],
        ]),
      ],
      ["burn", new Map([["fire", 0.5]])],
    ]),
  );

  it("packs and unpacks to the same table, in thousandths", () => {
    const back = WordTranslations.unpack(table.packed());
    expect(back.bestFrom(["dead"])).toEqual(
      new Map([
        ["kill", 0.4],
        ["shot", 0.2],
      ]),
    );
    expect(back.packed()).toBe(table.packed());
  });

  it("gives each target its best probability over the statement's stems, and its source", () => {
    expect(table.bestFrom(["dead", "burn", "unknown"])).toEqual(
      new Map([
        ["kill", 0.4],
        ["shot", 0.2],
        ["fire", 0.5],
      ]),
    );
    expect(table.sourceOf("fire", ["dead", "burn"])).toBe("burn");
    expect(table.sourceOf("fire", ["dead"])).toBeNull();
  });

  it("ships a table learned from paired texts (tweet words stand for claim words)", () => {
    const shipped = shippedTranslations();
    expect(shipped.size).toBeGreaterThan(1000);
    // learned, not listed: the shipped table maps some stem to others it is not
    const best = shipped.bestFrom(["photoshop"]);
    expect(best.size).toBeGreaterThan(0);
    expect(best.has("photoshop")).toBe(false);
  });

  it("feeds claim_translated: the claim's missing words the statement's words stand for", () => {
    const archive = [
      checked("rock", "Rapper PnB Rock was shot and killed in December."),
      checked("other", "Rapper PnB Rock released a new album in December."),
    ];
    const matcher = new ClaimMatcher(archive);
    const featureOf = (id: string) => {
      const { ranked } = matcher.rankCandidates("I ain't dead, says PnB Rock");
      const item = ranked.find((r) => r.candidate.entry.claim.id === id);
      return item?.features.values[CLAIM_TRANSLATED] ?? Number.NaN;
    };
    matcher.translations = table;
    expect(featureOf("rock")).toBeGreaterThan(0);
    expect(featureOf("other")).toBe(0);
    // the reviewer is shown which words stand for which
    const rock = matcher
      .match("I ain't dead, says PnB Rock")
      .matches.find((m) => m.claim.id === "rock");
    expect(rock?.reason.translated).toEqual(["shot (dead)", "killed (dead)"]);
    expect(rock?.reason.summary).toContain("in other words shot (dead), killed (dead).");
    matcher.translations = new WordTranslations(new Map());
    expect(featureOf("rock")).toBe(0);
  });
});
