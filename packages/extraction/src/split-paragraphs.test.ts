import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { splitParagraphs } from "./split-paragraphs.ts";

describe("article structure", () => {
  it("takes the first line as the title and flags short unpunctuated lines as headings", () => {
    const input =
      "My Title\n\nBackground of the 2022 Conflict\nThe war began in 2022 and killed 10,000 people.\n";
    const layout = splitParagraphs(input);
    expect(layout.title).toBe("My Title");
    expect(layout.blocks.map((b) => b.heading)).toEqual([true, false]);
  });

  it("never returns a heading as a statement, even with numbers or quotes in it", () => {
    const input = [
      "Budget Fight",
      "Spending Rose 40 Percent Since 2019",
      "Minister says cuts ‘unavoidable’",
      "“Why Now” and Other Questions",
      "The budget rose 40 percent between 2019 and 2024, official data show.",
    ].join("\n");
    const r = extractStatements(input);
    for (const s of r.statements) {
      expect(s.text).not.toMatch(/Spending Rose|unavoidable|Why Now|Budget Fight/);
    }
    expect(r.statements.some((s) => s.text.includes("rose 40 percent"))).toBe(true);
  });

  it("uses options.title and still skips a matching first line", () => {
    const r = extractStatements("Given\nThe plant employs 2,000 people in Ohio since 2015.", {
      title: "Given",
    });
    expect(r.title).toBe("Given");
    expect(r.statements.every((s) => !s.text.includes("Given"))).toBe(true);
  });

  it("joins hard-wrapped paragraphs", () => {
    const para =
      "The city council voted on Tuesday to approve a budget of $4.5 billion for the\ncoming fiscal year, the largest in its history, after a debate that lasted more\nthan nine hours and drew hundreds of residents to the chamber in protest.";
    const input = `Title\n\n${para}\n\n${para}\n\n${para}\n`;
    const r = extractStatements(input);
    const a = r.statements.filter((s) => s.kind === "assertion");
    expect(a.length).toBeGreaterThanOrEqual(3);
    expect(a[0]?.text).toContain("the largest in its history");
  });

  it("treats markdown headings and bylines as headings", () => {
    const r = extractStatements(
      "Title\n# Section 1: 2024 results\nBy Jane Doe\nThe firm earned $3 million in 2024.",
    );
    expect(r.statements.map((s) => s.text)).toEqual(["The firm earned $3 million in 2024."]);
  });
});
