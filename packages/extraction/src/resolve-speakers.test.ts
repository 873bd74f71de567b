import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { find } from "./test-helpers.ts";

describe("speaker resolution", () => {
  it("splits a title from the name and keeps the role", () => {
    const r = extractStatements(
      "T\nSecretary of Defense Pete Hegseth spoke in Brussels. “There is no betrayal there,” he said.",
    );
    const q = find(r, "direct_quote", "no betrayal");
    expect(q?.speaker).toBe("Pete Hegseth");
    expect(q?.speakerRole).toBe("Secretary of Defense");
  });

  it("keeps an anonymous source after a quote instead of the last person named", () => {
    const r = extractStatements(
      "T\nDavid Axelrod spoke on Monday.\n\n“She has never been better prepared,” said a person close to the Clintons.\n\n“Blink twice if you are in trouble!” one person tweeted.",
    );
    expect(find(r, "direct_quote", "never been better prepared")?.speaker).toBe(
      "person close to the Clintons",
    );
    expect(find(r, "direct_quote", "Blink twice")?.speaker).toBe("person");
  });

  it("keeps double initials inside a name ('J.M. Berger'), not a sentence end", () => {
    const r = extractStatements(
      "T\n“This is a very tough race for all of them,” said J.M. Berger, a fellow with George Washington University.",
    );
    expect(find(r, "direct_quote", "very tough race")?.speaker).toBe("J.M. Berger");
  });

  it("resolves a surname to the full name introduced earlier", () => {
    const r = extractStatements(
      "T\nPete Hegseth arrived on Monday.\n“We are ready,” Hegseth said.",
    );
    expect(find(r, "direct_quote", "We are ready")?.speaker).toBe("Pete Hegseth");
    expect(r.speakers[0]?.aliases).toContain("Hegseth");
  });

  it("resolves he and she to people of the right gender", () => {
    const input = [
      "T",
      "Maria Lopez met John Carter on Friday.",
      "“The talks were productive,” she said.",
      "“We still disagree on taxes,” he said.",
    ].join("\n");
    const r = extractStatements(input);
    expect(find(r, "direct_quote", "productive")?.speaker).toBe("Maria Lopez");
    expect(find(r, "direct_quote", "disagree")?.speaker).toBe("John Carter");
  });

  it("prefers the sentence subject over a possessive for he", () => {
    const r = extractStatements(
      "T\nHegseth praised Trump’s skills as a negotiator. “He is the best,” he noted.",
    );
    expect(find(r, "direct_quote", "the best")?.speaker).toBe("Hegseth");
  });

  it("continues the previous speaker for an unattributed quote", () => {
    const input = "T\n“We will appeal,” said Rachel Adeyemi.\n“This ruling ignores the evidence.”";
    const r = extractStatements(input);
    expect(find(r, "direct_quote", "ignores the evidence")?.speaker).toBe("Rachel Adeyemi");
  });

  it("attributes quotes to organisations", () => {
    const r = extractStatements(
      "T\nThe Ministry of Health published new figures.\n“Vaccines are safe,” the ministry said in a statement.",
    );
    expect(find(r, "direct_quote", "Vaccines are safe")?.speaker).toBe("Ministry of Health");
  });

  it("uses an appositive as the role: said Dr. Maria Chen, the state epidemiologist", () => {
    const r = extractStatements(
      "T\n“Cases doubled in a month,” said Dr. Maria Chen, the state epidemiologist.",
    );
    const q = find(r, "direct_quote", "Cases doubled");
    expect(q?.speaker).toBe("Maria Chen");
    expect(q?.speakerRole).toBe("state epidemiologist");
  });

  it("handles Mr./Ms. abbreviations without breaking sentences", () => {
    const r = extractStatements(
      "T\nMs. Ortiz said that the plant employs 2,000 people. Mr. Ortiz disagreed.",
    );
    const s = find(r, "reported", "plant employs");
    expect(s?.speaker).toBe("Ortiz");
    expect(s?.text).toBe("the plant employs 2,000 people");
  });
});

// Shapes from PolNeAR train wrong speakers (issue 15, session 26); the sentences are written here.
describe("pronouns and campaigns", () => {
  it("takes a lone surname before its verb as a pronoun's antecedent", () => {
    const r = extractStatements(
      "T\nDonald Trump went with the odds, and the crowd cheered for Cruz anyway.\n\nCruz openly admitted that his pick was politically motivated. “With an eye to February, Carolina,” he said.",
    );
    expect(find(r, "direct_quote", "With an eye")?.speaker).toBe("Cruz");
  });

  it("names the campaign of the person a possessive pronoun refers to", () => {
    const r = extractStatements(
      "T\nBernie Sanders raised more than $33 million in the last quarter, his campaign announced Saturday.",
    );
    expect(find(r, "reported", "raised more than")?.speaker).toBe("Bernie Sanders campaign");
  });
});
