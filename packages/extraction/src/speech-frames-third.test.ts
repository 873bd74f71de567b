import { describe, expect, it } from "vitest";
import { extractStatements } from "./index.ts";
import type { ExtractionResult } from "./types.ts";

function find(r: ExtractionResult, text: string) {
  return r.statements.find((s) => s.text.startsWith(text));
}

/** Frames added in the x15sp pass (docs/decisions/025, addendum 2026-12-03 x15sp). */
describe("issue 15: more reported speech (x15sp)", () => {
  it("reports the whole sentence when an attribution follows a subordinate opening", () => {
    const r = extractStatements(
      "T\nMaria Lopez spoke in Reno.\n\nIf the council delays the vote again, Lopez said, the bridge will close for a year.",
    );
    const s = find(r, "If the council delays the vote again");
    expect(s?.kind).toBe("reported");
    expect(s?.text).toBe(
      "If the council delays the vote again, Lopez said, the bridge will close for a year",
    );
    expect(s?.speaker).toBe("Maria Lopez");
  });

  it("keeps a question's answer out of the subordinate rule", () => {
    const r = extractStatements(
      "T\nMaria Lopez spoke in Reno.\n\nWhen asked about the delay, Lopez said, the council had no plan.",
    );
    expect(find(r, "When asked about the delay")).toBeUndefined();
  });
});

describe("issue 15: shares of voters as sources (x15sp)", () => {
  it("reads a count before a verb of saying as who spoke", () => {
    const r = extractStatements(
      "T\nA new poll was released.\n\nAbout four in 10 say they want the next mayor to cut bus fares.",
    );
    const s = find(r, "they want the next mayor");
    expect(s?.kind).toBe("reported");
    expect(s?.speaker).toBe("four in 10");
  });

  it("leaves a year before a verb of saying to the other rules", () => {
    // A year is a date, not a count of people: the guard keeps "2014 said" out of this rule.
    const r = extractStatements(
      "T\nThe council met.\n\nVoters in 2014 said the bridge would close for a year.",
    );
    expect(find(r, "the bridge would close")).toBeUndefined();
  });
});

describe("issue 15: possessive descriptions as sources (x15sp)", () => {
  it("reads “X's aides said …” as the aides speaking", () => {
    const r = extractStatements(
      "T\nMitt Romney is in Utah.\n\nRomney's aides said he is not planning to endorse anyone this week.",
    );
    const s = find(r, "he is not planning to endorse");
    expect(s?.kind).toBe("reported");
    expect(s?.speaker).toBe("Romney's aides");
  });

  it("drops a place adverb after the description", () => {
    const r = extractStatements(
      "T\nThe race is close.\n\nHer campaign workers here said they have knocked on every door since May.",
    );
    expect(find(r, "they have knocked on every door")?.speaker).toBe("campaign workers");
  });

  it("still keeps what someone said out of the sources", () => {
    const r = extractStatements(
      "T\nPete Hegseth spoke.\n\nHegseth's comments suggest the base will stay open through the winter.",
    );
    expect(find(r, "the base will stay open")).toBeUndefined();
  });
});

describe("issue 15: verbs of saying in the infinitive (x15sp)", () => {
  it("reports the that-clause after “is quick to point out that”", () => {
    const r = extractStatements(
      "T\nDana Whitfield runs the campaign.\n\nWhitfield was quick to point out that the governor has won the last three county votes.",
    );
    const s = find(r, "the governor has won the last three county votes");
    expect(s?.kind).toBe("reported");
    expect(s?.speaker).toBe("Dana Whitfield");
  });

  it("reports a pronoun clause after “continued to say”", () => {
    const r = extractStatements(
      "T\nOmar Brandt spoke.\n\nBrandt continued to say he had never seen the contract before the vote.",
    );
    expect(find(r, "he had never seen the contract")?.speaker).toBe("Omar Brandt");
  });

  it("leaves the writer's hedge and a relative “that” out", () => {
    const r = extractStatements(
      "T\nOmar Brandt spoke.\n\nIt is fair to say that the council has lost patience with the mayor.\n\nThe group bought an ad to note that attacks Brandt as a tool of the developers.",
    );
    expect(find(r, "the council has lost patience")).toBeUndefined();
    expect(find(r, "attacks Brandt")).toBeUndefined();
  });
});

describe("issue 15: nouns of saying with a that-clause (x15sp)", () => {
  it("reports the clause after a named possessor's claim", () => {
    const r = extractStatements(
      "T\nGov. Ellen Marsh spoke.\n\nReporters questioned Marsh's earlier claim that the state had paid off its bridge debt.",
    );
    const s = find(r, "the state had paid off its bridge debt");
    expect(s?.kind).toBe("reported");
    expect(s?.speaker).toBe("Ellen Marsh");
    expect(s?.cue).toBe("claim");
  });

  it("needs someone to have made the claim", () => {
    const r = extractStatements(
      "T\nGov. Ellen Marsh spoke.\n\nThe claim that the state had paid off its bridge debt spread quickly.",
    );
    expect(find(r, "the state had paid off")).toBeUndefined();
  });
});

describe("issue 15: verbs of saying as gerunds (x15sp)", () => {
  it("reports the clause after “after saying”, credited to the main clause's subject", () => {
    const r = extractStatements(
      "T\nLena Ortiz chairs the board.\n\nAfter saying she would not run again, Ortiz spent the evening thanking volunteers.",
    );
    const s = find(r, "she would not run again");
    expect(s?.kind).toBe("reported");
    expect(s?.speaker).toBe("Lena Ortiz");
  });

  it("reports “…, saying they …” when the subject is a description of people", () => {
    const r = extractStatements(
      "T\nThe county released few details.\n\nThe health departments declined to give figures, saying they cannot discuss the outbreak while it is under review.",
    );
    expect(find(r, "they cannot discuss the outbreak")?.kind).toBe("reported");
  });

  it("keeps a gerund whose subject names no one out", () => {
    const r = extractStatements(
      "T\nThe county released few details.\n\nA notice of a hearing arrived late, saying it would move to the spring.",
    );
    expect(find(r, "it would move to the spring")).toBeUndefined();
  });
});

describe("issue 15: a clause before “X said, adding, “…”” (x15sp)", () => {
  it("reports the clause and the quote the second cue introduces", () => {
    const r = extractStatements(
      "T\nDana Cole is the spokeswoman.\n\nThe two mayors will meet sometime next week, Cole said, adding, “They need to sit down and talk.”",
    );
    expect(find(r, "The two mayors will meet")).toMatchObject({
      kind: "reported",
      speaker: "Dana Cole",
    });
    expect(find(r, "They need to sit down")?.kind).toBe("direct_quote");
  });

  it("does not report a source's appositive before “told X:”", () => {
    const r = extractStatements(
      "T\nDick Lund is a delegate.\n\nDick Lund, who was listed on the governor's slate, told reporters: “We did the work.”",
    );
    expect(find(r, "Dick Lund, who was listed")).toBeUndefined();
  });
});

describe("issue 15: a lone partitive as a loose source (x15sp)", () => {
  it("reads “Some say …” as reported speech by “Some”", () => {
    const r = extractStatements(
      "T\nThe vote is near.\n\nSome say they hear echoes of an older fight in the mayor's speech.",
    );
    expect(find(r, "they hear echoes")).toMatchObject({ kind: "reported", speaker: "Some" });
  });
});

describe("issue 15: a span of time after the cue (x15sp)", () => {
  it("skips “for weeks” between the cue and a bare clause", () => {
    const r = extractStatements(
      "T\nRosa Vang spoke.\n\nVang has said for weeks she’s the only candidate who can win the open seat.",
    );
    expect(find(r, "she’s the only candidate")?.speaker).toBe("Rosa Vang");
  });
});

describe("issue 15: a clause after “said” is not the source (x15sp)", () => {
  it("reports the clause after a subject with appositives, not the appositives", () => {
    const r = extractStatements(
      "T\nJane Ruiz, 63, a retired nurse raised in Tucson, said she wanted a change in the county, but found the challenger too brash.",
    );
    expect(find(r, "Jane Ruiz, 63")).toBeUndefined();
    expect(find(r, "she wanted a change in the county")?.speaker).toBe("Jane Ruiz");
  });

  it("does not read “…, said nearly every donor he met …” as an inverted attribution", () => {
    const r = extractStatements(
      "T\nMark Hale, director of the Growth Fund, a group allied with the mayor, said nearly every donor he has met lately worries about the budget.",
    );
    expect(find(r, "Mark Hale, director of the Growth Fund")).toBeUndefined();
    expect(find(r, "every donor he has met lately worries")?.kind).toBe("reported");
  });
});
