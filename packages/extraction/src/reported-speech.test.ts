import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { find } from "./test-helpers.ts";

describe("reported speech", () => {
  it.each([
    ["claimed", "Trump has frequently claimed that a war would not have erupted in 2022."],
    ["argued", "Lena Park argued that the tax would raise $2 billion a year."],
    ["insisted", "Lena Park insisted that the tax would raise $2 billion a year."],
    ["warned", "Lena Park warned that the tax would raise $2 billion a year."],
    ["emphasized", "Lena Park emphasized that the tax would raise $2 billion a year."],
  ])("finds '%s that'", (_verb, sentence) => {
    const r = extractStatements(`T\n${sentence}`);
    const s = r.statements.find((x) => x.kind === "reported");
    expect(s).toBeDefined();
    expect(s?.speaker).toMatch(/Trump|Lena Park/);
  });

  it("does not read the noun 'state' after a determiner as an inverted cue", () => {
    const r = extractStatements(
      "T\nBy winning the Republican primary in Ohio, John Kasich took all of the state’s 66 delegates.\n\nWith 38 delegates at stake, Bernie Sanders won the state easily.",
    );
    expect(r.statements.filter((x) => x.kind === "reported")).toEqual([]);
  });

  it("skips a parenthetical between subject and verb", () => {
    const r = extractStatements(
      "T\nTrump, while campaigning for re-election, has frequently claimed that the war would not have happened.",
    );
    expect(find(r, "reported", "the war would not have happened")?.speaker).toBe("Trump");
  });

  it("finds 'according to X' before and after the clause", () => {
    const r = extractStatements(
      "T\nAccording to the Census Bureau, the population grew by 4 percent.\nUnemployment fell to 3.9 percent, according to the Labor Department.",
    );
    expect(find(r, "reported", "population grew")?.speaker).toBe("Census Bureau");
    expect(find(r, "reported", "Unemployment fell")?.speaker).toBe("Labor Department");
  });

  it("finds bare clauses after said and denied-that", () => {
    const r = extractStatements(
      "T\nAcme Corp said the factory would close in June. Its chief executive, Dana Wu, denied that any jobs were lost.",
    );
    expect(find(r, "reported", "factory would close")?.speaker).toBe("Acme Corp");
    expect(find(r, "reported", "any jobs were lost")?.speaker).toBe("Dana Wu");
  });

  it("does not report noun-phrase objects as speech", () => {
    const r = extractStatements(
      "T\nHegseth spoke at length, noting the necessity for a global consensus.",
    );
    expect(r.statements.filter((s) => s.kind === "reported")).toHaveLength(0);
  });

  it("does not treat a non-speaker subject as a speaker", () => {
    const r = extractStatements(
      "T\nHegseth’s comments suggest a pivot towards pragmatism in policy.",
    );
    expect(r.statements.filter((s) => s.kind === "reported")).toHaveLength(0);
  });
});
