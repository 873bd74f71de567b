import { describe, expect, it } from "vitest";
import { extractStatements } from "./index.ts";
import type { ExtractionResult } from "./types.ts";

function find(r: ExtractionResult, text: string) {
  return r.statements.find((s) => s.text.startsWith(text));
}

/** Frames added in the third PolNeAR pass (docs/decisions/025, addendum x15r). */
describe("issue 15: relative sources, second cues after a quote, pronoun contractions", () => {
  it("reports a relative clause whose source sits between the pronoun and its verb", () => {
    const r = extractStatements(
      "T\nHillary Clinton spoke.\n\nThe report cited an internal investigation, a deadline that Clinton said went unnoticed in a handful of districts.",
    );
    const s = find(r, "that Clinton said went unnoticed");
    expect(s?.kind).toBe("reported");
    expect(s?.speaker).toBe("Hillary Clinton");
  });

  it("reports a second cue after a leading quote, not the quote's own attribution", () => {
    const r = extractStatements(
      "T\nAnthony Kiedis spoke.\n\n“We had written two dozen songs,” Kiedis said, mentioning the long-awaited album is “in the home stretch.”\n\n“We will win,” Clinton told a crowd of 1,300 here on Tuesday after she took the stage.",
    );
    expect(find(r, "the long-awaited album is")).toMatchObject({
      kind: "mixed",
      speaker: "Anthony Kiedis",
    });
    expect(find(r, "a crowd of 1,300")).toBeUndefined();
  });

  it("keeps a noun phrase after a quote's second cue out", () => {
    const r = extractStatements(
      "T\n“He intends to end this war,” Hegseth said, reiterating the Pentagon’s support for these diplomatic efforts.",
    );
    expect(find(r, "the Pentagon’s support")).toBeUndefined();
  });

  it("reads “he’s” as a subject with its verb", () => {
    const r = extractStatements(
      "T\nBernie Sanders has gained.\n\nClinton says he’s at least somewhat decisive.",
    );
    expect(find(r, "he’s at least somewhat decisive")?.kind).toBe("reported");
  });

  it("reports an accusation's object and charge, not a passive one", () => {
    const r = extractStatements(
      "T\nBernie Sanders spoke.\n\nSanders accused Republicans of placing the interests of the gun lobby ahead of children.\n\nJeb Bush criticized President Obama for leaving Libya in much worse shape.\n\nDylann Roof is accused of killing nine people inside the church in June 2015.",
    );
    expect(find(r, "Republicans of placing the interests")).toMatchObject({
      kind: "reported",
      speaker: "Bernie Sanders",
    });
    expect(find(r, "President Obama for leaving Libya")?.speaker).toBe("Jeb Bush");
    expect(find(r, "nine people")).toBeUndefined();
    expect(r.statements.some((s) => s.kind === "reported" && s.text.includes("killing"))).toBe(
      false,
    );
  });

  it("reads 'according to X' inside a clause that runs on after it", () => {
    const r = extractStatements(
      "T\nLee Epstein spoke.\n\nAmong the precedents at risk, according to Ms. Epstein, are 16 involving business activity.\n\n(According to the police department, it does not keep statistics on violations.)",
    );
    expect(find(r, "Among the precedents at risk")).toMatchObject({
      kind: "reported",
      speaker: "Lee Epstein",
    });
    expect(find(r, "it does not keep statistics")?.kind).toBe("reported");
  });

  it("reads a clause after a fronted adverbial and a cue with a long adverbial before 'that'", () => {
    const r = extractStatements(
      "T\nMike Pence and Ruth Bader Ginsburg spoke.\n\nPence said in politics it takes time to develop those relationships.\n\nGinsburg said in an interview with The Associated Press last week that she did not want to think about it and predicted that Clinton will win.",
    );
    expect(find(r, "in politics it takes time")?.speaker).toBe("Mike Pence");
    expect(find(r, "she did not want to think")?.speaker).toBe("Ruth Bader Ginsburg");
  });

  it("reads quoted complements of blame/pronounce/denounce as mixed speech", () => {
    const r = extractStatements(
      "T\nDonald Trump spoke.\n\nHe pronounced the Mexican president “a friend” and blamed the violence on a “disturbed person,” not on his religion.",
    );
    expect(find(r, "the Mexican president “a friend”")?.kind).toBe("mixed");
  });

  it("reports the clause after an 'as X reported,' attribution", () => {
    const r = extractStatements(
      "T\nSean Hannity spoke.\n\nAs The Times reported on Saturday, he has already emerged as an influential Trump adviser.\n\nAs reported by Western Journalism, investigators found over 2,200 emails from the server containing classified information.",
    );
    expect(find(r, "he has already emerged")?.speaker).toBe("Times");
    expect(find(r, "investigators found over 2,200 emails")?.kind).toBe("reported");
  });

  it("reports the clause after 'with SOURCE saying'", () => {
    const r = extractStatements(
      "T\nDonald Trump has slightly improved his standing, with 30 percent of voters saying they have a positive view of him.",
    );
    expect(find(r, "they have a positive view of him")).toMatchObject({
      kind: "reported",
      speaker: "30 percent of voters",
    });
  });

  it("reads 'charged that' and 'pointed out that' as cues", () => {
    const r = extractStatements(
      "T\nHillary Clinton testified.\n\nCritics charged that the hearing failed to provide any new information about the attacks.\n\nSenator Jane Doe pointed out that such a position would violate the constitution.",
    );
    expect(find(r, "the hearing failed to provide")?.speaker).toBe("Critics");
    expect(find(r, "such a position would violate")?.speaker).toBe("Jane Doe");
  });

  it("keeps a mixed frame beside a strict report in the same sentence", () => {
    const r = extractStatements(
      "T\nBen Carson spoke.\n\nCarson said he saw no need to change anything about his campaign, telling Stephanopoulos that “we tell the truth, we deal with the issues” and that he had seen continued support from voters.",
    );
    expect(find(r, "he saw no need to change")?.kind).toBe("reported");
    expect(
      r.statements.some((s) => s.kind === "mixed" && s.text.includes("continued support")),
    ).toBe(true);
  });
});
