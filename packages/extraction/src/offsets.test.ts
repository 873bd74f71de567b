import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";

const fixtures = join(import.meta.dirname, "..", "fixtures");

describe("offsets", () => {
  it("input.slice(start, end) equals text for every statement and entity, with CRLF and BOM", () => {
    const input =
      "\uFEFFTitle line\r\n\r\n“Prices rose 12 percent in 2023,” said Dr. Maria Chen.\r\nShe said that 😀 emoji users doubled to 4 million.\r\n";
    const r = extractStatements(input);
    expect(r.statements.length).toBeGreaterThanOrEqual(2);
    for (const s of r.statements) {
      expect(input.slice(s.start, s.end)).toBe(s.text);
      for (const e of s.entities) {
        expect(input.slice(e.start, e.end)).toBe(e.text);
        expect(e.start >= s.start && e.end <= s.end).toBe(true);
      }
    }
    const q = r.statements.find((s) => s.kind === "direct_quote");
    expect(q?.text).toBe("Prices rose 12 percent in 2023");
    expect(input[(q?.start ?? 0) - 1]).toBe("“");
  });

  it("holds on every fixture article", () => {
    for (const f of readdirSync(fixtures).filter((n) => n.endsWith(".txt"))) {
      const input = readFileSync(join(fixtures, f), "utf8");
      const r = extractStatements(input);
      for (const s of r.statements) expect(input.slice(s.start, s.end), f).toBe(s.text);
    }
  });

  it("gives a quote the span of the words without marks", () => {
    const input = 'T\nHe left. "Stop," she said.';
    const q = extractStatements(input).statements.find((s) => s.kind === "direct_quote");
    expect(q && input.slice(q.start, q.end)).toBe("Stop");
  });
});
