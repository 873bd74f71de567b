import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { find } from "./test-helpers.ts";

const quotes = (input: string) =>
  extractStatements(input).statements.filter((s) => s.kind === "direct_quote");

describe("direct quotes", () => {
  it("finds straight double quotes with trailing attribution", () => {
    const r = extractStatements('Title\n"We will rebuild the bridge by May," Shaw said.');
    const q = find(r, "direct_quote", "rebuild the bridge");
    expect(q?.text).toBe("We will rebuild the bridge by May");
    expect(q?.speaker).toBe("Shaw");
  });

  it("finds curly quotes and keeps terminal punctuation inside the text", () => {
    const r = extractStatements("Title\nLena Park spoke first. “Prices fell 3 percent.” She left.");
    expect(
      quotes("Title\nLena Park spoke first. “Prices fell 3 percent.” She left.")[0]?.text,
    ).toBe("Prices fell 3 percent.");
    expect(find(r, "direct_quote", "Prices fell")?.speaker).toBe("Lena Park");
  });

  it("keeps a quote spanning several sentences as one statement", () => {
    const input = "T\n“We tried. We failed. We will try again,” said Omar Haddad.";
    const q = quotes(input);
    expect(q).toHaveLength(1);
    expect(q[0]?.text).toBe("We tried. We failed. We will try again");
    expect(q[0]?.speaker).toBe("Omar Haddad");
  });

  it("continues a quote into the next paragraph when it reopens with a mark", () => {
    const input = [
      "T",
      "“We started with nothing and built a company of 400 people.",
      "“Now we export to 30 countries,” said Ana Ruiz, the founder.",
    ].join("\n");
    const q = quotes(input);
    expect(q.map((s) => s.text)).toEqual([
      "We started with nothing and built a company of 400 people.",
      "Now we export to 30 countries",
    ]);
    expect(q.every((s) => s.speaker === "Ana Ruiz")).toBe(true);
  });

  it("finds partial quotes inside a sentence and attributes them to the sentence's speaker", () => {
    const r = extractStatements(
      "T\nSenator Mark Bell said the bill was “dead on arrival” in the House.",
    );
    const q = find(r, "direct_quote", "dead on arrival");
    expect(q?.text).toBe("dead on arrival");
    expect(q?.speaker).toBe("Mark Bell");
  });

  it("ignores scare quotes when nobody is speaking", () => {
    const r = extractStatements("T\nThe so-called “peace dividend” never arrived in the region.");
    expect(r.statements.filter((s) => s.kind === "direct_quote")).toHaveLength(0);
  });

  it("finds colon-introduced quotes", () => {
    const r = extractStatements(
      "T\nThe mayor, Tom Alvarez, told reporters: “The budget is balanced.”",
    );
    expect(find(r, "direct_quote", "budget is balanced")?.speaker).toBe("Tom Alvarez");
  });

  it("finds UK-style single quotes", () => {
    const r = extractStatements(
      "T\n‘It is a disgrace,’ said Councillor Jane Okafor. ‘Residents deserve better.’",
    );
    expect(find(r, "direct_quote", "It is a disgrace")?.speaker).toBe("Jane Okafor");
    expect(find(r, "direct_quote", "Residents deserve")?.speaker).toBe("Jane Okafor");
  });

  it("does not treat apostrophes as quotes", () => {
    const r = extractStatements(
      "T\nThe company’s profits rose, and the workers’ union said it wasn’t consulted.",
    );
    expect(r.statements.filter((s) => s.kind === "direct_quote")).toHaveLength(0);
  });

  it("handles a quote interrupted by its attribution", () => {
    const r = extractStatements("T\n“We will win,” Shaw said, “and we will win soon.”");
    expect(find(r, "direct_quote", "We will win")?.speaker).toBe("Shaw");
    expect(find(r, "direct_quote", "win soon")?.speaker).toBe("Shaw");
  });
});
