import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { find } from "./test-helpers.ts";

// Pronoun speakers of quotes (issue 15, branch x15d): shapes from PolNeAR train wrong
// speakers; the sentences are written here.
describe("pronoun speakers", () => {
  it("does not give an object pronoun to the subject of its own clause", () => {
    const r = extractStatements(
      "T\nMayor Tom Hale spoke first. Senator Maria Delgado has defended the plan for weeks.\n\nGovernor Reyes backed her up in a radio interview on Tuesday. “The plan is sound and the money is there,” he said.",
    );
    expect(find(r, "direct_quote", "plan is sound")?.speaker).toBe("Reyes");
  });

  it("reads a lone surname as the person of that name whose gender the pronoun needs", () => {
    const r = extractStatements(
      "T\nLaura Marsh and her husband, Peter Marsh, arrived at the rally on Friday.\n\nMayor Ellen Price introduced Peter Marsh to the crowd.\n\nMarsh herself was blunt. “We have waited ten years for this building,” she said.",
    );
    expect(find(r, "direct_quote", "waited ten years")?.speaker).toBe("Laura Marsh");
  });

  it("prefers the main clause's subject of the sentence before", () => {
    const r = extractStatements(
      "T\nSenator Maria Delgado spoke in Dayton on Monday.\n\nAs for the claim that Delgado had changed her mind, Governor Anne Ruiz offered her own view. “Nobody changed anything,” she said.",
    );
    expect(find(r, "direct_quote", "Nobody changed")?.speaker).toBe("Anne Ruiz");
  });

  it("skips names inside a participle opening before its subject pronoun", () => {
    const r = extractStatements(
      "T\nThe singer Carla Mendes spoke at the fair on Sunday.\n\n“I love this town,” Mendes said.\n\nAsked whether Senator Maria Delgado deserved a second term, she replied: “I have not decided yet.”",
    );
    expect(find(r, "direct_quote", "not decided")?.speaker).toBe("Carla Mendes");
  });

  it("takes the speaker right before the verb after a subordinate clause", () => {
    const r = extractStatements(
      "T\nThe analyst Tom Hale has followed the race since March.\n\n“The race is not over” until Senator Maria Delgado drops out, he said.",
    );
    expect(find(r, "direct_quote", "race is not over")?.speaker).toBe("Tom Hale");
  });
});
