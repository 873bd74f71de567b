import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { find } from "./test-helpers.ts";

// A place inside a parenthetical between subject and verb (issue 15, session 30); sentences
// written here in the shape PolNeAR train shows.
describe("places between a subject and its verb", () => {
  const head = "T\nCouncillor Ruth Abara spoke on Monday. The budget vote is next week.\n\n";

  it("skips ', during a town hall meeting in Elmford, Kent,' to the subject", () => {
    const r = extractStatements(
      `${head}Abara, during a town hall meeting in Elmford, Kent, said the ferry would run all winter.`,
    );
    expect(find(r, "reported", "the ferry would run")?.speaker).toBe("Ruth Abara");
  });

  it("keeps a subject whose appositive names a place as 'City, State'", () => {
    const r = extractStatements(
      `${head}Tom Reyes, who lost his shop in the flood in Elmford, Kent, in March, said the ferry would run all winter.`,
    );
    expect(find(r, "reported", "the ferry would run")?.speaker).toBe("Tom Reyes");
  });
});
