import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { find } from "./test-helpers.ts";

// Shapes from PolNeAR train wrong speakers and mixed misses (issue 15, branch x15sd); the
// sentences are written here.
describe("described and written sources", () => {
  it("keeps an anonymous strategist or staffer as the phrase speaker", () => {
    const r = extractStatements(
      "T\nA recent survey shows Senator Maria Delgado ahead by four points.\n\n“They should have spent more money on radio ads in the valley,” said a Democratic strategist who asked not to be named.\n\n“Will she run again next year?” a Republican staffer in the room wondered.",
    );
    expect(find(r, "direct_quote", "radio ads")?.speaker).toBe("Democratic strategist");
    expect(find(r, "direct_quote", "run again")?.speaker).toBe("Republican staffer in the room");
  });

  it("keeps a described source who speaks to an outlet, not the outlet", () => {
    const r = extractStatements(
      "T\nMayor Tom Reyes spoke on Monday.\n\nOne city official speaking to Channel Four said, “The bridge will stay closed until spring.”",
    );
    expect(find(r, "direct_quote", "bridge will stay")?.speaker).toBe("city official");
  });

  it("keeps the person a described source works for in the phrase", () => {
    const r = extractStatements(
      "T\nGovernor Paul Whitman spoke on Monday.\n\n“The numbers are not there yet,” said a senior aide to Whitman, who asked not to be named.",
    );
    expect(find(r, "direct_quote", "numbers are not there")?.speaker).toBe(
      "senior aide to Whitman",
    );
  });

  it("credits a quote to the writing that reads or says it", () => {
    const r = extractStatements(
      "T\nMayor Tom Reyes spoke at the opening on Monday.\n\n“Join us to make the river clean again,” the email read.\n\n“The council has failed the people of this town,” reads a Sunday editorial in the local paper.\n\n“No tickets will be sold at the gate,” the release added.",
    );
    expect(find(r, "direct_quote", "river clean")?.speaker).toBe("email");
    expect(find(r, "direct_quote", "council has failed")?.speaker).toBe("Sunday editorial");
    expect(find(r, "direct_quote", "No tickets")?.speaker).toBe("release");
  });
});

describe("names", () => {
  it("reads a demonym as the surname after a known first name", () => {
    const r = extractStatements(
      'T\nGovernor Paul Whitman signed the bill on Tuesday.\n\n"This rule will cost small shops dearly," said Daniel English of the Retail Council.',
    );
    expect(find(r, "direct_quote", "cost small shops")?.speaker).toBe("Daniel English");
  });
});

describe("pronouns that say something", () => {
  it("resolves he to who spoke in the sentence before, not to its subject", () => {
    const r = extractStatements(
      "T\nGovernor Paul Whitman toured the flooded farms on Tuesday.\n\nWhitman impressed the farmers with his plan, Frank Ostrowski said.\n\n“He listened to every one of us,” he said.",
    );
    expect(find(r, "direct_quote", "listened to every")?.speaker).toBe("Frank Ostrowski");
  });

  it("takes a lone name followed by “, who” as a person a pronoun may refer to", () => {
    const r = extractStatements(
      "T\nShonda Rhimes spoke first and was cheered.\n\nMeanwhile Zendaya, who won an award, spoke about self-love. “Learn to love yourself first,” she said.",
    );
    expect(find(r, "direct_quote", "love yourself")?.speaker).toBe("Zendaya");
  });

  it("reads a name's “’s been” as “has been”, so the name is the subject", () => {
    const r = extractStatements(
      "T\nMarco Rubio and Chris Christie met on stage.\n\nChristie's been making the case for weeks that Rubio is not ready. “You have not been tested,” he said.",
    );
    expect(find(r, "direct_quote", "not been tested")?.speaker).toBe("Chris Christie");
  });

  it("does not take the one who asked as the speaker of the answer", () => {
    const r = extractStatements(
      "T\nGovernor Paul Whitman sat down with the host Dan Miller on Sunday.\n\nWhitman looked tired when Miller asked whether he would run again.\n\n“I have not decided yet,” he said.",
    );
    expect(find(r, "direct_quote", "not decided")?.speaker).toBe("Paul Whitman");
  });

  it("does not read a clause subject after “said” as the speaker", () => {
    const r = extractStatements(
      "T\nThe lawyer for the firm, Alan Brooks, said Gomez was bound by the contract.\n\n“He signed it in front of witnesses,” he said.",
    );
    expect(find(r, "direct_quote", "signed it")?.speaker).toBe("Alan Brooks");
  });
});

describe("mixed speech around a quote in narration", () => {
  it("finds the clause when the quote continues the narration after a comma", () => {
    const r = extractStatements(
      'T\nThe summer fair, held downtown every July, "lets us meet our neighbors," said Rosa Vance, the organizer.',
    );
    const m = find(r, "mixed", "The summer fair");
    expect(m?.speaker).toBe("Rosa Vance");
    expect(m?.text).toContain("lets us meet our neighbors");
    // The quote itself is still a direct quote.
    expect(find(r, "direct_quote", "lets us meet")?.speaker).toBe("Rosa Vance");
  });

  it("finds the clause when its only verb before the quote is an -s form", () => {
    const r = extractStatements(
      'T\nThe vote on the budget signals "the start of a long fight" for the council, said Maria Lopez, a city planner.',
    );
    expect(find(r, "mixed", "The vote on the budget")?.speaker).toBe("Maria Lopez");
  });

  it("finds the clause around a parenthetical attribution with a quote after it", () => {
    const r = extractStatements(
      'T\nThe new plan for the harbor, Maria Lopez said, "is a perfect example of waste" in the city budget.',
    );
    const m = find(r, "mixed", "The new plan for the harbor");
    expect(m?.speaker).toBe("Maria Lopez");
    expect(m?.text.endsWith("city budget")).toBe(true);
  });

  it("finds the clause when the quote continues a that-clause after a comma", () => {
    const r = extractStatements(
      "T\nSenator Ana Ruiz toured the port on Friday.\n\nRuiz said on her campaign website that she was talking about the port budget, “not about the dock workers themselves.”",
    );
    expect(find(r, "mixed", "talking about the port budget")?.text).toContain("dock workers");
  });

  it("reads an emphatic reflexive between the subject and the verb", () => {
    const r = extractStatements(
      "T\nSenator Ana Ruiz toured the port on Friday.\n\nRuiz herself said Friday that “the port needs a new crane before the winter comes.”",
    );
    expect(find(r, "direct_quote", "needs a new crane")?.speaker).toBe("Ana Ruiz");
  });

  it("leaves an attribution before a quote to the quote pass", () => {
    const r = extractStatements('T\nAfter the vote, Maria Lopez said, "We will fight this."');
    expect(r.statements.filter((s) => s.kind === "mixed")).toHaveLength(0);
    expect(find(r, "direct_quote", "We will fight")?.speaker).toBe("Maria Lopez");
  });
});
