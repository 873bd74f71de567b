import { describe, expect, it } from "vitest";
import { extractStatements } from "./index.ts";
import type { ExtractionResult } from "./types.ts";

function find(r: ExtractionResult, text: string) {
  return r.statements.find((s) => s.text.startsWith(text));
}

describe("issue 15: reported and mixed speech in real news", () => {
  it("reports a clause after the source and the cue, with role and cue", () => {
    const r = extractStatements(
      "T\nJeffrey Bewkes, the chief executive of Time Warner, argued that the merger would lower prices.",
    );
    expect(find(r, "the merger would lower prices")).toMatchObject({
      kind: "reported",
      speaker: "Jeffrey Bewkes",
      speakerRole: "chief executive of Time Warner",
      cue: "argued",
    });
  });

  it("reports a clause before the source: '…, he said' and '…, said X, a …'", () => {
    const r = extractStatements(
      "T\nPresident Barack Obama spoke.\n\nDefeating Islamic State is a higher priority than persuading Syrian President Bashar al-Assad to step down, he said.\n\nMoves against Voice of America led to their removal from most Russian stations, said Jeffrey N. Trimble, a senior official with the Broadcasting Board of Governors.",
    );
    expect(find(r, "Defeating Islamic State")?.speaker).toBe("Barack Obama");
    const t = find(r, "Moves against Voice of America");
    expect(t?.speaker).toBe("Jeffrey N. Trimble");
    expect(t?.speakerRole).toBe("senior official with the Broadcasting Board of Governors");
  });

  it("keeps phrase sources and parenthetical attributions", () => {
    const r = extractStatements(
      "T\nCritics say resources could be better spent in partnership with NATO.\n\nThe only problem, Ms. Bigbee said, is that her daughter's pay is one-third less than her own.",
    );
    expect(find(r, "resources could be better spent")?.speaker).toBe("Critics");
    expect(find(r, "The only problem")?.speaker).toBe("Bigbee");
  });

  it("keeps a description or a share of voters as the source of a clause", () => {
    const r = extractStatements(
      "T\nThe billionaire real estate magnate says a violent hit now draws a 15-yard penalty.\n\nSome delegates at the convention said they welcomed attention to the issue.",
    );
    expect(find(r, "a violent hit now draws")).toMatchObject({
      kind: "reported",
      speaker: "billionaire real estate magnate",
    });
    expect(find(r, "they welcomed attention")?.speaker).toBe("Some delegates at the convention");
  });

  it("reads a pronoun with its auxiliary or before a plain verb as a clause", () => {
    const r = extractStatements(
      "T\nMary Paradis agrees. She said she’ll leave the attacks to the politicians.\n\nLocal officials said they welcome the national attention.",
    );
    expect(find(r, "she’ll leave the attacks")?.speaker).toBe("Mary Paradis");
    expect(find(r, "they welcome the national attention")?.kind).toBe("reported");
  });

  it("reads '…, X said.' after a subordinate opening, a described source, a name before a parenthetical", () => {
    const r = extractStatements(
      "T\nIf states fail in ensuring protections, the department can step in, Wilcox said.\n\nCruz will be re-evaluating how he approaches his colleagues, a source close to him said.\n\nMr. Obama, officials said, has become increasingly skeptical about the options.",
    );
    expect(find(r, "If states fail")?.speaker).toBe("Wilcox");
    expect(find(r, "Cruz will be re-evaluating")?.speaker).toBe("source close to him");
    expect(find(r, "Mr. Obama, officials said")?.speaker).toBe("officials");
  });

  it("calls a paraphrase with quoted words mixed, and adds 'said in a statement' as the cue", () => {
    const r = extractStatements(
      'T\nClinton called half of Donald Trump\'s supporters "deplorables."\n\nThe company said in a statement that prices would rise by "no more than 3 percent" next year.',
    );
    expect(find(r, "half of Donald Trump")?.kind).toBe("mixed");
    expect(find(r, "prices would rise")).toMatchObject({
      kind: "mixed",
      cue: "said in a statement",
    });
  });

  it("reports speech in a headline when the article names the source", () => {
    const r = extractStatements(
      "Obama says Trump modeling policies on Putin\n\nPresident Barack Obama spoke in Laos on Wednesday.",
    );
    expect(find(r, "Trump modeling policies on Putin")?.speaker).toBe("Barack Obama");
    // A headline source the article never names is not a speaker.
    const none = extractStatements(
      "Bridge closure to last 18 months, state says\n\nThe bridge shut.",
    );
    expect(none.statements.filter((s) => s.kind !== "assertion")).toHaveLength(0);
  });

  it("does not make one- or two-word scare quotes direct quotes of a nearby speaker", () => {
    const r = extractStatements(
      "T\nOn Wednesday, Trump disclosed details of a “lengthy” conversation with Putin, who reportedly agreed to “immediately” commence negotiations.",
    );
    expect(r.statements.filter((s) => s.kind === "direct_quote")).toHaveLength(0);
    const said = extractStatements('T\nPowell said inflation had eased "substantially" this year.');
    expect(said.statements.find((s) => s.kind === "direct_quote")?.text).toBe("substantially");
    const asserted = extractStatements(
      "T\nPete Hegseth spoke. In a briefing, Hegseth asserted that Trump’s actions are “no betrayal” of Ukraine.",
    );
    expect(asserted.statements.find((s) => s.kind === "direct_quote")).toMatchObject({
      text: "no betrayal",
      speaker: "Pete Hegseth",
    });
  });

  it("drops the dateline from the first statement and reads '' as quotation marks", () => {
    const input =
      "T\nMILWAUKEE — The district spent $4.2 million on the contract, the largest in its history.\n\n''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist.";
    const r = extractStatements(input);
    expect(r.statements[0]?.text.startsWith("The district spent")).toBe(true);
    const q = r.statements.find((s) => s.kind === "direct_quote");
    expect(q).toMatchObject({ text: "This isn't tax reform", speaker: "Douglas Holtz-Eakin" });
    for (const s of r.statements) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it("attributes dash-signed quotes to the name after the dash", () => {
    const r = extractStatements(
      "T\nReaders wrote in.\n\n“Maybe, we can build a wall around Donald Trump.” ― Steve Quinlan\n“I hope this campaign gives us the anger to go out and vote.” ― Jorge Falcon",
    );
    expect(r.statements.filter((s) => s.kind === "direct_quote").map((s) => s.speaker)).toEqual([
      "Steve Quinlan",
      "Jorge Falcon",
    ]);
  });

  it("keeps the title given where a person is introduced, with party and district", () => {
    const r = extractStatements(
      'T\n"This is the fairest deal we could reach," said board president Marva Herndon.\n\nUnion president Ingrid Walker said the raise still trails inflation.\n\nState Rep. Evan Goyke, D-Milwaukee, said the state budget would cover half of the cost.\n\n"We will keep fighting," said Walker, a former science teacher.',
    );
    const role = (name: string) => r.speakers.find((s) => s.name === name)?.role;
    expect(role("Marva Herndon")).toBe("board president");
    expect(role("Ingrid Walker")).toBe("Union president");
    expect(role("Evan Goyke")).toBe("State Rep., D-Milwaukee");
  });
});
