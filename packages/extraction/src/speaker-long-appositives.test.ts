import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { find } from "./test-helpers.ts";

// A person opening the sentence before an appositive with more commas or a name in it (issue
// 15, session 30, third helper); sentences written here in the shapes PolNeAR train shows.
describe("long appositives after an opening person", () => {
  const head = "T\nThe council met on Monday. The budget vote is next week.\n\n";

  it("skips a 'whose' clause with an inner appositive: 'Mr. Okafor, whose firm, Brightline, …, said'", () => {
    const r = extractStatements(
      `${head}Nadia Okafor, whose newest firm, Brightline, builds software for small farms, said the plan was "a gift to the big growers" and little else.`,
    );
    expect(find(r, "mixed", "the plan was")?.speaker).toBe("Nadia Okafor");
  });

  it("skips a role with a person in it: 'Tom Vasquez, a lawyer who worked for Sen. Ruth Hale, …, called'", () => {
    const r = extractStatements(
      `${head}Tom Vasquez, a lawyer in Dayton who once worked for Sen. Ruth Hale, one of the bill's authors, called it "the worst deal in a generation" for renters.`,
    );
    expect(find(r, "mixed", "the worst deal")?.speaker).toBe("Tom Vasquez");
  });

  it("keeps a plain subject: 'The mayor, Tom Alvarez, said'", () => {
    const r = extractStatements(
      `${head}The mayor, Tom Alvarez, said the plan was "a gift to the big growers" and little else.`,
    );
    expect(find(r, "mixed", "the plan was")?.speaker).toBe("Tom Alvarez");
  });
});

describe("an opening 'Reached by …,' clause", () => {
  const head = "T\nThe council met on Monday. The budget vote is next week.\n\n";

  it("skips the outlet: 'Reached by the Ledger, Pell denied …, explaining that …'", () => {
    const r = extractStatements(
      `${head}Nora Pell chairs the committee. Reached by the Valmora Ledger, Pell denied that the vote would be delayed, explaining that she was "taking a day off" from the talks.`,
    );
    expect(find(r, "mixed", "she was")?.speaker).toBe("Nora Pell");
  });
});
