import { describe, expect, it } from "vitest";
import {
  isStorableText,
  UNSTORABLE_TEXT_MESSAGE,
  unstorableField,
  ZStorableInput,
  zText,
} from "./text.ts";

describe("storable text", () => {
  it("refuses a NUL byte and lone surrogates, keeps everything else", () => {
    expect(isStorableText("a\u0000b")).toBe(false);
    expect(isStorableText("a\uD800b")).toBe(false);
    expect(isStorableText("\uDC00")).toBe(false);
    expect(isStorableText("emoji 😀, accents é, tabs\tand\nnewlines")).toBe(true);
    expect(zText().safeParse("x\u0000").success).toBe(false);
    expect(zText().max(3).safeParse("abc").success).toBe(true);
  });

  it("names the path of every bad string in an input", () => {
    const result = ZStorableInput.safeParse({
      claimId: "c1",
      rationale: "fine\u0000",
      labels: [{ name: "ok" }, { name: "\uD83D" }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([["rationale"], ["labels", 1, "name"]]);
    expect(result.error?.issues[0]?.message).toBe(UNSTORABLE_TEXT_MESSAGE);
    expect(ZStorableInput.safeParse({ a: ["b", 1, null, { c: "d" }] }).success).toBe(true);
  });

  it("names the form field", () => {
    expect(unstorableField([["email", "a\u0000b"]])).toBe(`email ${UNSTORABLE_TEXT_MESSAGE}`);
    expect(unstorableField(new URLSearchParams("since=2026-01-01"))).toBeNull();
  });
});
