import { describe, expect, it } from "vitest";
import { extractStatements } from "./index.ts";
import { find } from "./test-helpers.ts";

/** "said he and NAME VERB …" is a bare clause (clause-parts.ts, session 31, s31r). */
describe("a pronoun and a name as the clause's subject", () => {
  it("reads 'said he and Okafor disagree on …'", () => {
    const r = extractStatements(
      "T\nSenator Ruth Calder spoke in Dover. She said she and Okafor disagree on the tax, the port lease and the school budget.",
    );
    expect(find(r, "reported", "she and Okafor disagree")?.speaker).toBe("Ruth Calder");
  });
});
