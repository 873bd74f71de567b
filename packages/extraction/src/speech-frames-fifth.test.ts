import { describe, expect, it } from "vitest";
import { extractStatements } from "./index.ts";
import type { ExtractionResult } from "./types.ts";

function find(r: ExtractionResult, text: string) {
  return r.statements.find((s) => s.text.startsWith(text));
}

/** Reported speech added in session 30 (docs/decisions/025, "Session 30: reported speech"). */
describe("issue 15: reported speech (session 30)", () => {
  it("reads an infinitive after 'vowed' as the reported promise, up to its first comma", () => {
    const r = extractStatements(
      "T\nSenator Ruth Calder vowed to keep the rail depot open through the winter, whatever the board decides.",
    );
    const s = find(r, "to keep the rail depot");
    expect(s?.text).toBe("to keep the rail depot open through the winter");
    expect(s?.kind).toBe("reported");
    expect(s?.speaker).toBe("Ruth Calder");
    expect(s?.cue).toBe("vowed");
  });

  it("reads 'has pledged to …' and ends the promise before a subordinate tail", () => {
    const r = extractStatements(
      "T\nGovernor Omar Lindqvist has pledged to build four new bridges across the river before the next election is held.",
    );
    const s = find(r, "to build four new bridges");
    expect(s?.text).toBe("to build four new bridges across the river");
    expect(s?.speaker).toBe("Omar Lindqvist");
  });

  it("leaves out short promises, 'to be', nouns and reduced relative clauses", () => {
    const texts = [
      "T\nMayor Ines Fowler vowed to fight back.",
      "T\nMayor Ines Fowler vowed to be the most open mayor the city has had.",
      "T\nMayor Ines Fowler repeated her vow to rebuild the harbour wall this year.",
      "T\nThe city has raised most of the $9 million it pledged to spend on the new harbour wall.",
    ];
    for (const text of texts) {
      const r = extractStatements(text);
      expect(r.statements.filter((s) => s.kind === "reported")).toEqual([]);
    }
  });

  it("keeps a description before 'who say' as the source of the clause", () => {
    const r = extractStatements(
      "T\nThe county faced protests from local shop owners who say the new parking fees drive customers away.",
    );
    const s = find(r, "the new parking fees");
    expect(s?.text).toBe("the new parking fees drive customers away");
    expect(s?.kind).toBe("reported");
    expect(s?.speaker).toBe("local shop owners");
  });

  it("keeps a share of voters before 'who said' as the source", () => {
    const r = extractStatements(
      "T\nThe survey found 40 percent backing the plan, compared with 35 percent who said the tunnel was a waste of money.",
    );
    const s = find(r, "the tunnel was a waste");
    expect(s?.kind).toBe("reported");
    expect(s?.speaker).toBe("35 percent");
  });

  it("reads an -ing cue after an inverted attribution, with the same source", () => {
    const r = extractStatements(
      "T\nThe harbour will reopen in May, a port spokesman said, adding that the new cranes were already installed.",
    );
    const s = find(r, "the new cranes");
    expect(s?.text).toBe("the new cranes were already installed");
    expect(s?.speaker).toBe(find(r, "The harbour will reopen")?.speaker);
    expect(s?.cue).toBe("adding");
  });

  it("reads a clause after 'by saying' / 'after telling X', credited to the main clause's subject", () => {
    const r = extractStatements(
      "T\nGovernor Lena Park ended the debate by saying she would sign the water bill next week.",
    );
    const s = find(r, "she would sign");
    expect(s?.text).toBe("she would sign the water bill next week");
    expect(s?.speaker).toBe("Lena Park");
    const t = extractStatements(
      "T\nMarco Ellis left the room after telling reporters he had not read the audit.",
    );
    expect(find(t, "he had not read")?.speaker).toBe("Marco Ellis");
  });

  it("does not read a noun phrase after 'by adding' as a clause", () => {
    const r = extractStatements(
      "T\nThe council widened the map by adding industrial districts like Northgate and Riverside.",
    );
    expect(r.statements.filter((s) => s.kind === "reported")).toEqual([]);
  });

  it("skips 'now' between a description source and its cue", () => {
    const r = extractStatements(
      "T\nThe water board now says the reservoir will be full again by the end of March.",
    );
    const s = find(r, "the reservoir will be full");
    expect(s?.kind).toBe("reported");
    expect(s?.speaker).toBe("water board");
  });

  it("ends an inverted attribution at a semicolon", () => {
    const r = extractStatements(
      "T\nThe new bridge will cost twice the estimate, the city auditor said; the council has not yet replied.",
    );
    const s = find(r, "The new bridge will cost");
    expect(s?.text).toBe("The new bridge will cost twice the estimate");
    expect(s?.kind).toBe("reported");
    expect(s?.speaker).toBe("city auditor");
  });

  it("reads a second frame across a semicolon in a sentence the strict pass reported from", () => {
    const r = extractStatements(
      "T\nA clear majority of city residents say they support the new tram line; 30 percent of Republicans say they will keep using their cars.",
    );
    const s = find(r, "they support the new tram");
    expect(s?.text).toBe("they support the new tram line");
    expect(s?.kind).toBe("reported");
  });

  it("keeps a verbless opening before 'according to X,' with the clause after it", () => {
    const r = extractStatements(
      "T\nSince last spring, according to the state auditor, the agency has lost more than 300 inspectors.",
    );
    const s = r.statements.find((x) => x.kind === "reported");
    expect(s?.text).toBe(
      "Since last spring, according to the state auditor, the agency has lost more than 300 inspectors",
    );
    expect(s?.cue).toBe("according to");
  });

  it("reads 'point out that' in the present tense", () => {
    const r = extractStatements(
      "T\nHousing advocates point out that rents in the district have doubled since 2015.",
    );
    const s = find(r, "rents in the district");
    expect(s?.kind).toBe("reported");
    expect(s?.speaker).toBe("Housing advocates");
  });

  it("skips a named listener's 'of PLACE' before a bare clause after 'told'", () => {
    const r = extractStatements(
      "T\nSenator Hal Brennan told The Courier of Dayton last week he would oppose the rail bill.",
    );
    const s = find(r, "he would oppose");
    expect(s?.text).toBe("he would oppose the rail bill");
    expect(s?.speaker).toBe("Hal Brennan");
  });

  it("reads a relative clause without 'that' whose source sits inside it", () => {
    const r = extractStatements(
      "T\nThe county opened an inquiry the sheriff's office said was still under way last week.",
    );
    const s = r.statements.find((x) => x.kind === "reported");
    expect(s?.text).toBe("an inquiry the sheriff's office said was still under way last week");
    expect(s?.cue).toBe("said");
  });
});
