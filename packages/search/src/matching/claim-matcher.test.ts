import { describe, expect, it } from "vitest";
import { checkedClaim as checked } from "../testing/checked-claims.ts";
import { ClaimMatcher, LIKELY_THRESHOLD, SAME_CLAIM_THRESHOLD } from "./claim-matcher.ts";

const archive = [
  checked("jobs", "In Canada 400,000 manufacturing jobs were lost after the carbon tax came in.", {
    speaker: "Pat Example",
  }),
  checked(
    "cbo",
    "The Congressional Budget Office says Obamacare will cost 2.5 million jobs by 2024.",
  ),
  checked(
    "teachers",
    "The stimulus package saved the jobs of 300,000 teachers across the country.",
  ),
  checked(
    "mueller",
    "Special Counsel Robert Mueller's report found no obstruction of justice by President Trump.",
    {
      headline: "Did Mueller Conclude Trump Committed 'No Obstruction'?",
      verdict: null,
      rating: "Mixture",
    },
  ),
  checked("bridge", "The harbor bridge carries 62,000 vehicles a day."),
  ...Array.from({ length: 60 }, (_, i) =>
    checked(
      `filler-${i}`,
      `The county fair in town ${i} sold ${i * 10} tickets for rides and games.`,
    ),
  ),
];
const matcher = new ClaimMatcher(archive);

describe("ClaimMatcher", () => {
  it("finds the checked claim a paraphrase repeats, though the words differ", () => {
    const cases = [
      ["Canadian factories shed 400k jobs once the carbon tax came in", "jobs"],
      ["CBO: the health law (Obamacare) means 2.5 million fewer jobs", "cbo"],
      ["Thanks to the stimulus 300,000 teachers kept their jobs", "teachers"],
    ] as const;
    for (const [statement, id] of cases) {
      expect(matcher.match(statement).matches[0]?.claim.id, statement).toBe(id);
    }
  });

  it("reads a pasted tweet without its links, handles and signature, keeping the author", () => {
    const tweet =
      "No Collusion, No Obstruction, Complete and Total EXONERATION. KEEP AMERICA GREAT! https://t.co/abc — Donald J. Trump (@realDonaldTrump) March 24, 2019";
    const [best] = matcher.match(tweet).matches;
    expect(best?.claim.id).toBe("mueller");
    // an imported review whose rating maps to no desk label is still an earlier check
    expect(best?.claim).toMatchObject({ verdict: null, rating: "Mixture" });
  });

  it("splits a run-together handle into the archive's words", () => {
    const [best] = matcher.match("What did the #specialcounsel say, @robertmueller?").matches;
    expect(best?.claim.id).toBe("mueller");
  });

  it("scores 0-1 with a level and a reason naming what both share", () => {
    const [best] = matcher.match(
      "Canada lost 400,000 manufacturing jobs because of the carbon tax",
    ).matches;
    expect(best?.score).toBeGreaterThanOrEqual(SAME_CLAIM_THRESHOLD);
    expect(best?.level).toBe("same");
    expect(best?.reason.numbers).toContain("400000");
    expect(best?.reason.entities).toContain("canada");
    expect(best?.reason.summary).toMatch(/400000/);
    const { matches } = matcher.match("the county fair sold tickets for rides");
    for (const m of matches) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
      expect(m.level).toBe(
        m.score >= SAME_CLAIM_THRESHOLD
          ? "same"
          : m.score >= LIKELY_THRESHOLD
            ? "likely"
            : "related",
      );
    }
  });

  it("ranks first the claim a fragment quotes word for word, stop words included", () => {
    expect(matcher.match("carries 62,000 vehicles a").matches[0]?.claim.id).toBe("bridge");
  });

  it("corrects a typo against the archive's words", () => {
    expect(matcher.match("The stimulus saved 300,000 teachrs").matches[0]?.claim.id).toBe(
      "teachers",
    );
  });

  it("excludes ids and honours limit and minScore", () => {
    const all = matcher.match("stimulus teachers jobs", { limit: 3 });
    expect(all.matches.length).toBeLessThanOrEqual(3);
    const without = matcher.match("stimulus teachers jobs", { exclude: ["teachers"] });
    expect(without.matches.map((m) => m.claim.id)).not.toContain("teachers");
    expect(matcher.match("stimulus teachers jobs", { minScore: 1.01 }).matches).toEqual([]);
  });

  it("answers bad input with an error or nothing, never a throw", () => {
    expect(matcher.match("")).toEqual({ matches: [], error: "empty statement" });
    expect(matcher.match("   \t ").error).toBe("empty statement");
    expect(matcher.match("x".repeat(100 * 1024)).error).toMatch(/too long/);
    expect(matcher.match("\u0000\u0001\u0002PK\u0003\u0004").error).toMatch(/binary/);
    expect(matcher.match("\ufffd\ufffd\ufffd\ufffd abc").error).toMatch(/binary/);
    expect(matcher.match("the of and to").matches).toEqual([]);
    const foreign = matcher.match("日本の首相は昨日、新しい税金を発表しました");
    expect(foreign.matches).toEqual([]);
    expect(() => matcher.match("Ελλάδα 🇬🇷 ‮reversed‬ text")).not.toThrow();
  });

  it("follows the archive: removed and replaced claims", () => {
    const m = new ClaimMatcher(archive.slice(0, 5));
    m.remove(["bridge"]);
    expect(
      m.match("harbor bridge carries 62,000 vehicles").matches.map((x) => x.claim.id),
    ).not.toContain("bridge");
    m.upsert([
      checked("bridge", "The harbor bridge carries 62,000 vehicles a day.", { verdict: "True" }),
    ]);
    expect(m.match("harbor bridge carries 62,000 vehicles").matches[0]?.claim.verdict).toBe("True");
  });
});
