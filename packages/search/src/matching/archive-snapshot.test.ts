// The snapshot's flat layout (claims decoded when first needed, postings as typed arrays) must
// give the matcher an index that answers exactly as the one it was written from, also after
// claims change in it (a refresh writes into typed postings). No database: the snapshot's name is
// made here.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkedClaim as checked } from "../testing/checked-claims.ts";
import { readSnapshot, writeSnapshot } from "./archive-snapshot.ts";
import { ClaimMatcher } from "./claim-matcher.ts";

const ARCHIVE = [
  checked("jobs", "In Canada 400,000 manufacturing jobs were lost after the carbon tax came in.", {
    speaker: "Pat Example",
  }),
  checked("cbo", "The Congressional Budget Office says Obamacare will cost 2.5 million jobs.", {
    headline: "Will Obamacare Cost 2.5 Million Jobs?",
  }),
  checked("teachers", "The stimulus package saved the jobs of 300,000 teachers in the country."),
  checked("photo", "A photograph shows Alexandria Ocasio-Cortez crying at an empty parking lot.", {
    headline: "Does an Image Show Ocasio-Cortez Fake-Crying at a Migrant Camp?",
    rating: "Unrated",
    verdict: null,
  }),
  checked("fires", "The Australian bushfires were started by arsonists, not climate change."),
  checked("wall", "Mexico will pay for the border wall, the president said in 2019."),
];

const STATEMENTS = [
  "Canada lost 400000 manufacturing jobs because of the carbon tax",
  "obamacare will cost millions of jobs says the CBO",
  "AOC was crying at an empty parking lot, this photo shows it",
  "arsonists started the bushfires in Australia — Jo Doe (@jodoe) January 14, 2020",
  "stimulus teachers",
  "who pays for the wall",
];

const answers = (matcher: ClaimMatcher) =>
  STATEMENTS.map((s) => matcher.match(s, { limit: 5 }).matches);

function roundTrip(matcher: ClaimMatcher): ClaimMatcher {
  const dir = mkdtempSync(join(tmpdir(), "match-snapshot-unit-"));
  const name = { database: "unit", file: "match-archive-unit-test.v8" };
  matcher.index.associations();
  expect(writeSnapshot(dir, name, "v1", matcher.index, new Date(0))).toBe(true);
  const snapshot = readSnapshot(dir, name, "v1");
  if (!snapshot) throw new Error("the snapshot was not read back");
  return new ClaimMatcher(snapshot.index);
}

describe("archive snapshot", () => {
  it("reads back an index that matches as the one written", () => {
    const built = new ClaimMatcher(ARCHIVE);
    const loaded = roundTrip(built);
    expect(loaded.size).toBe(built.size);
    expect(answers(built).some((m) => m.length > 0)).toBe(true);
    expect(answers(loaded)).toEqual(answers(built));
  });

  it("keeps matching as the built index after claims are added and removed", () => {
    const built = new ClaimMatcher(ARCHIVE);
    const loaded = roundTrip(built);
    const change = [
      checked("jobs", "In Canada 500,000 factory jobs were lost after the carbon tax came in."),
      checked("vaccine", "The flu vaccine contains a microchip that tracks people."),
    ];
    for (const m of [built, loaded]) {
      m.remove(["teachers"]);
      m.upsert(change);
    }
    expect(loaded.size).toBe(built.size);
    const more = [...STATEMENTS, "flu vaccine microchip", "factory jobs lost in Canada"];
    const of = (m: ClaimMatcher) => more.map((s) => m.match(s, { limit: 5 }).matches);
    expect(of(loaded)).toEqual(of(built));
    expect(of(loaded)[6]?.[0]?.claim.id).toBe("vaccine");
    expect(
      of(loaded)
        .flat()
        .some((m) => m.claim.id === "teachers"),
    ).toBe(false);
  });

  it("reads back the refresh's word associations and a snapshot written after loading one", () => {
    const built = new ClaimMatcher(ARCHIVE);
    const twice = roundTrip(roundTrip(built));
    expect(twice.index.associations().exportState()).toEqual(
      built.index.associations().exportState(),
    );
    expect(answers(twice)).toEqual(answers(built));
  });
});
