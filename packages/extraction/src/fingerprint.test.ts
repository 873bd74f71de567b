import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { fingerprintText } from "./fingerprint.ts";

describe("fingerprintText", () => {
  it("is stable across runs and versions (golden values)", () => {
    expect(fingerprintText("Unemployment fell to 3.9 percent in May.")).toBe(
      fingerprintText("Unemployment fell to 3.9 percent in May."),
    );
    // 64-bit FNV-1a offset basis: the empty claim.
    expect(fingerprintText("")).toBe("fp1:cbf29ce484222325");
    expect(fingerprintText("hello world")).toBe("fp1:779a65e7023cd2e7");
    expect(fingerprintText("Unemployment fell to 3.9 percent in May.")).toMatchInlineSnapshot(
      `"fp1:9edfe9b229eac7f1"`,
    );
  });

  it("ignores case, punctuation, quotes, accents and stopwords", () => {
    const a = fingerprintText("“The tax will raise $2 billion,” she said.");
    const b = fingerprintText("the TAX will raise 2 billion");
    expect(a).toBe(b);
    expect(fingerprintText("Café prices rose 10%")).toBe(
      fingerprintText("cafe prices rose ten per cent"),
    );
  });

  it("keeps negation and word order", () => {
    expect(fingerprintText("The vaccine is safe")).not.toBe(
      fingerprintText("The vaccine is not safe"),
    );
    expect(fingerprintText("Russia invaded Ukraine")).not.toBe(
      fingerprintText("Ukraine invaded Russia"),
    );
  });

  it("gives the same claim the same fingerprint within an article", () => {
    const input =
      "T\n“Crime fell 20 percent last year,” the mayor, Tom Alvarez, said.\nLater he repeated: “Crime fell 20 percent last year.”";
    const q = extractStatements(input).statements.filter((s) => s.kind === "direct_quote");
    expect(q).toHaveLength(2);
    expect(q[0]?.fingerprint).toBe(q[1]?.fingerprint);
  });
});
