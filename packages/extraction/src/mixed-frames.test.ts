import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { find } from "./test-helpers.ts";

// Mixed speech next to a second report in the same sentence (issue 15, session 30); the
// sentences are written here in the shapes PolNeAR train shows.
describe("mixed frames beside another report", () => {
  const head = "T\nCouncillor Ruth Abara spoke on Monday.\n\n";

  it("ends a mixed clause before ', but suggested …' that the strict pass reports", () => {
    const text = `${head}Abara argued that “landlords” let the rents climb for years, but suggested the mayor acted too late.`;
    const r = extractStatements(text);
    const m = find(r, "mixed", "landlords");
    expect(m?.text).toBe("“landlords” let the rents climb for years");
    expect(m?.speaker).toBe("Ruth Abara");
    expect(find(r, "reported", "the mayor acted too late")).toBeDefined();
  });

  it("names with quoted words in a sentence that also reports a clause", () => {
    const text = `${head}Abara called the new parking rules “a tax on nurses” and said the council must vote again.`;
    const r = extractStatements(text);
    const m = find(r, "mixed", "parking rules");
    expect(m?.text).toBe("the new parking rules “a tax on nurses”");
    expect(m?.speaker).toBe("Ruth Abara");
  });
});

describe("verbs of saying on a longer chain", () => {
  const head = "T\nCouncillor Ruth Abara spoke on Monday.\n\n";

  it("reads 'went on to say' with the subject of 'went'", () => {
    const r = extractStatements(
      `${head}Abara went on to say the ferry plan is “a gift to the developers.”`,
    );
    const m = find(r, "mixed", "the ferry plan");
    expect(m?.text).toBe("the ferry plan is “a gift to the developers.”");
    expect(m?.speaker).toBe("Ruth Abara");
  });

  it("reads 'released a statement Tuesday saying' without a comma", () => {
    const r = extractStatements(
      `${head}Abara released a statement Tuesday saying the audit “leaves every question open.”`,
    );
    expect(find(r, "mixed", "the audit")?.speaker).toBe("Ruth Abara");
  });

  it("reads 'made a point of saying'", () => {
    const r = extractStatements(
      `${head}Abara made a point of saying the library “was a home for everyone” in town.`,
    );
    expect(find(r, "mixed", "the library")?.speaker).toBe("Ruth Abara");
  });
});

describe("naming as quoted words", () => {
  const head = "T\nCouncillor Ruth Abara spoke on Monday.\n\n";

  it("takes the object, 'as' and the quote after 'characterizes'", () => {
    const text = `${head}Abara routinely characterizes the harbour deal as “a fair bargain,” and so do her allies.`;
    const m = find(extractStatements(text), "mixed", "harbour deal");
    expect(m?.text).toBe("the harbour deal as “a fair bargain,”");
    expect(m?.speaker).toBe("Ruth Abara");
    expect(text.slice(m?.start, m?.end)).toBe(m?.text);
  });

  it("reads 'refers to X, who …, as “…”'", () => {
    const text = `${head}Abara refers to the mayor, who is her neighbour, as “the landlord.”`;
    expect(find(extractStatements(text), "mixed", "the mayor")?.text).toBe(
      "the mayor, who is her neighbour, as “the landlord.”",
    );
  });

  it("runs on after the quote to the clause end, not past a comma", () => {
    const text = `${head}Abara characterizes herself as a “bridge builder” who “listens first.”`;
    expect(find(extractStatements(text), "mixed", "herself")?.text).toBe(
      "herself as a “bridge builder” who “listens first.”",
    );
  });

  it("leaves a passive 'was described as' alone", () => {
    const r = extractStatements(`${head}The levy was described as “a fee” by the clerk.`);
    expect(r.statements.filter((s) => s.kind === "mixed")).toHaveLength(0);
  });
});

describe("a parenthetical attribution after a noun that is also a verb of saying", () => {
  it("reads 'in parts of the state, he said, “…” on …' as one mixed statement", () => {
    const text =
      "T\nCouncillor Ruth Abara spoke on Monday.\n\nIn the poorer parts of the state, she said, “nobody can tell” how many shops would close next year.";
    const m = find(extractStatements(text), "mixed", "poorer parts");
    expect(m?.text).toBe(
      "In the poorer parts of the state, she said, “nobody can tell” how many shops would close next year",
    );
    expect(m?.speaker).toBe("Ruth Abara");
  });
});

describe("a writing as the subject of a verb of saying", () => {
  it("keeps 'The complaint, which was filed …, alleged that …' as the complaint's", () => {
    const text =
      "T\nCouncillor Ruth Abara spoke on Monday.\n\nThe complaint, which was filed in county court on Friday, alleged that the agency “ignored every warning” about the dam.";
    const m = find(extractStatements(text), "mixed", "the agency");
    expect(m?.text).toBe("the agency “ignored every warning” about the dam");
    expect(m?.speaker).toBe("complaint");
  });
});
