import { describe, expect, it } from "vitest";
import { prepareDocument } from "../build-document.ts";
import { extractStatements } from "../index.ts";
import { TAG_C, TAG_O, TAG_Q } from "./features.ts";
import { parseWeights, tagTokens } from "./tagger.ts";

function tokensOf(text: string) {
  const { model } = prepareDocument(`T\n${text}`);
  return model.sentences[0]?.tokens ?? [];
}

describe("attribution tagger", () => {
  it("parses the shipped format and decodes with the given weights", () => {
    // Scale 10: a cue word scores Q, the three tokens after a cue score C, everything else O.
    const w = parseWeights(
      "10\nb\t5 0 0 0\ncue=say\t0 0 50 0\npc=1\t0 0 0 20\npc=2\t0 0 0 20\npc=3\t0 0 0 20",
    );
    expect(w.get("cue=say")?.[2]).toBe(5);
    const tokens = tokensOf("Officials said the bridge will reopen soon.");
    const { tags, margins } = tagTokens(tokens, w);
    expect(tokens.map((t) => t.text)).toEqual([
      "Officials",
      "said",
      "the",
      "bridge",
      "will",
      "reopen",
      "soon",
      ".",
    ]);
    expect(tags).toEqual([TAG_O, TAG_Q, TAG_C, TAG_C, TAG_C, TAG_O, TAG_O, TAG_O]);
    expect(margins[1]).toBeCloseTo(4.5);
  });

  it("with the shipped weights, tags a reported clause as content and its verb as cue", () => {
    const tokens = tokensOf(
      "Senator Maria Lopez said on Tuesday that the program had already cost the state $40 million.",
    );
    const { tags } = tagTokens(tokens);
    const said = tokens.findIndex((t) => t.lower === "said");
    expect(tags[said]).toBe(TAG_Q);
    const cost = tokens.findIndex((t) => t.lower === "cost");
    expect(tags[cost]).toBe(TAG_C);
    expect(tags[0]).not.toBe(TAG_C);
  });
});

describe("tagged speech in extractStatements", () => {
  const text =
    "T\nThe Daily Ledger covered the race.\n\nThe Daily Ledger previously reported the foundation refused to release the names of 400 foreign donors.\n\nVoters in the county were slightly more likely to say the mayor had made the “housing crisis” much worse this year.";

  it("adds mixed speech the rules miss, with speaker, cue and exact offsets", () => {
    const r = extractStatements(text);
    const voters = r.statements.find((s) => s.text.startsWith("the mayor had made"));
    expect(voters).toMatchObject({
      kind: "mixed",
      speaker: "Voters",
      text: "the mayor had made the “housing crisis” much worse this year",
    });
    expect(text.slice(voters?.start, voters?.end)).toBe(voters?.text);
  });

  it("takes mixed speech after a cue that is not a verb of saying, not a lone scare quote", () => {
    const r = extractStatements(
      "T\nDonald Trump spoke in Ohio on Monday. He implied a federal judge was biased and “totally hostile” because he is Hispanic.\n\nVladimir Putin agreed to “immediately” commence negotiations aimed at ending the war.",
    );
    expect(r.statements.find((s) => s.text.startsWith("a federal judge"))).toMatchObject({
      kind: "mixed",
      speaker: "Donald Trump",
      cue: "implied",
    });
    expect(r.statements.some((s) => s.kind === "mixed" && s.text.includes("immediately"))).toBe(
      false,
    );
  });

  it("leaves plain reported clauses to the rules (the tagger's were less precise)", () => {
    const r = extractStatements(text);
    expect(r.statements.some((s) => s.text.startsWith("the foundation refused"))).toBe(false);
  });

  it("is off with { tagger: false } (the rules alone)", () => {
    const r = extractStatements(text, { tagger: false });
    expect(r.statements.some((s) => s.text.startsWith("the mayor had made"))).toBe(false);
  });
});
