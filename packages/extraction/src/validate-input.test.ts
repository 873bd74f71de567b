import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { ExtractionInputError } from "./extraction-input-error.ts";

function timed<T>(fn: () => T): { value: T | Error; ms: number } {
  const t0 = performance.now();
  try {
    return { value: fn(), ms: performance.now() - t0 };
  } catch (e) {
    return { value: e as Error, ms: performance.now() - t0 };
  }
}

describe("bad input", () => {
  it("rejects an empty or whitespace-only article", () => {
    expect(() => extractStatements("")).toThrow(ExtractionInputError);
    expect(() => extractStatements(" \n\t\n")).toThrow(/article is empty/);
  });

  it("rejects binary data with NUL bytes", () => {
    expect(() => extractStatements("PK\u0003\u0004\u0000\u0000binary")).toThrow(/NUL bytes/);
  });

  it("rejects text full of invalid byte sequences", () => {
    const garbage = "\uFFFD\u0001\u0002".repeat(200);
    expect(() => extractStatements(`Title\n${garbage}`)).toThrow(/does not look like valid text/);
  });

  it("rejects a 20 MB article quickly with the size in the message", () => {
    const big = `Title\n${"The council approved 12 new clinics in 2024. ".repeat(470_000)}`;
    const { value, ms } = timed(() => extractStatements(big));
    expect(value).toBeInstanceOf(ExtractionInputError);
    expect((value as Error).message).toBe("article is 20.2 MB; the limit is 10 MB");
    expect(ms).toBeLessThan(3000);
  });

  it("survives unbalanced quotes in bounded time", () => {
    const para = 'He said "this never closes and “neither does this and ‘nor this. ';
    const input = `Title\n${para.repeat(2000)}\n"Another one.\n“Open`;
    const { value, ms } = timed(() => extractStatements(input));
    expect(value).not.toBeInstanceOf(Error);
    expect(ms).toBeLessThan(3000);
  });

  it("survives a 1 MB paragraph without punctuation or spaces", () => {
    const { value, ms } = timed(() => extractStatements(`T\n${"a".repeat(1_000_000)}`));
    expect(value).not.toBeInstanceOf(Error);
    expect(ms).toBeLessThan(3000);
  });

  it.each([
    [
      "French",
      "Le gouvernement a annoncé une réforme. « Nous allons réussir », a déclaré le ministre. La réforme entre en vigueur en 2025 selon le texte publié au journal officiel.",
    ],
    [
      "German",
      "Die Regierung hat eine Reform angekündigt. „Wir werden es schaffen“, sagte der Minister am Montag in Berlin vor Journalisten und Abgeordneten.",
    ],
    [
      "Chinese",
      "政府宣布了一项新的改革计划。部长说：“我们一定会成功。”该改革将于二零二五年生效，预计将影响数百万人。",
    ],
  ])("returns a clear result for %s text", (_lang, body) => {
    const r = extractStatements(`Titel\n${body}`);
    expect(r.statements).toEqual([]);
    expect(r.warnings?.[0]).toMatch(/English only/);
  });

  it("returns a warning when there is only a title", () => {
    const r = extractStatements("Just a title\n");
    expect(r.statements).toEqual([]);
    expect(r.warnings?.[0]).toMatch(/no body text/);
  });

  it("rejects non-string input with a readable message", () => {
    expect(() => extractStatements(undefined as unknown as string)).toThrow(/must be text/);
  });
});
