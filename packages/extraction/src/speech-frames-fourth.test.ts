import { describe, expect, it } from "vitest";
import { extractStatements } from "./index.ts";
import type { ExtractionResult } from "./types.ts";

function find(r: ExtractionResult, text: string) {
  return r.statements.find((s) => s.text.startsWith(text));
}

/** Reported speech added in the x15r pass (docs/decisions/025, session 28). */
describe("issue 15: reported speech (x15r, session 28)", () => {
  it("starts the content after 'that' when the cue names a medium, and keeps the medium in the cue", () => {
    const r = extractStatements(
      "T\nGovernor Alma Reyes said on her official Twitter feed that the state budget would be balanced by June.",
    );
    const s = find(r, "the state budget");
    expect(s?.text).toBe("the state budget would be balanced by June");
    expect(s?.kind).toBe("reported");
    expect(s?.cue).toBe("said on her official Twitter feed");
    expect(s?.speaker).toBe("Alma Reyes");
  });

  it("reads 'and' inside a capitalised listener before 'that'", () => {
    const r = extractStatements(
      "T\nPaula Grant told The Herald and Review newspaper of Decatur on Monday that she voted for the levy.",
    );
    const s = find(r, "she voted");
    expect(s?.text).toBe("she voted for the levy");
    expect(s?.speaker).toBe("Paula Grant");
  });

  it("ends a named listener before the sentence's period in the cue", () => {
    const r = extractStatements(
      'T\nRep. Dan Moss spoke on Friday.\n\n"We have the votes," Moss said in an interview with USA TODAY.',
    );
    expect(find(r, "We have the votes")?.cue).toBe("said in an interview with USA TODAY");
  });

  it("does not read 'and …' after a cue as a reported clause", () => {
    const r = extractStatements(
      "T\nDana Cole answered the door. “I will vote for the mayor,” she said and quickly hung up the phone.",
    );
    expect(r.statements.filter((s) => s.kind === "reported")).toEqual([]);
  });

  it("keeps a name that opens the clause out of an inverted description source", () => {
    const r = extractStatements(
      "T\nStill, Hale will be rethinking how he courts the unions, a person close to him said.",
    );
    const s = find(r, "Still, Hale will be rethinking");
    expect(s?.kind).toBe("reported");
    expect(s?.text).toBe("Still, Hale will be rethinking how he courts the unions");
  });

  it("reads a subject pronoun with any verb as a clause", () => {
    const r = extractStatements(
      "T\nMany of the town's farmers say they distrust the new water board.",
    );
    expect(find(r, "they distrust")?.kind).toBe("reported");
  });

  it("takes a counted description after an inverted cue as the source", () => {
    const r = extractStatements(
      "T\nThe levy will pass by a wide margin, said several county officials.\n\nThe new tariff would hurt small farms, said two economists who studied it.",
    );
    expect(find(r, "The levy will pass")?.speaker).toBe("several county officials");
    const s = find(r, "The new tariff");
    expect(s?.text).toBe("The new tariff would hurt small farms");
    expect(s?.speaker).toBe("two economists");
  });

  it("reads a verb of saying that opens the sentence as a gerund or after 'Having'", () => {
    const r = extractStatements(
      "T\nNoting that the county had lost two clinics last year, Marta Ruiz asked for more funding.\n\nHaving announced that he would not seek a third term, Mayor Ed Lunt spent the day with donors.",
    );
    const a = find(r, "the county had lost");
    expect(a?.text).toBe("the county had lost two clinics last year");
    expect(a?.speaker).toBe("Marta Ruiz");
    const b = find(r, "he would not seek");
    expect(b?.text).toBe("he would not seek a third term");
    expect(b?.speaker).toBe("Ed Lunt");
  });
});
