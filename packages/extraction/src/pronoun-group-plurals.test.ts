import { describe, expect, it } from "vitest";
import { isGroupPlural } from "./pronoun-group-plurals.ts";

describe("group plurals", () => {
  it("reads group names, not surnames", () => {
    expect(isGroupPlural("Latinos")).toBe(true);
    expect(isGroupPlural("Republicans")).toBe(true);
    expect(isGroupPlural("Sanders")).toBe(false);
    expect(isGroupPlural("Evans")).toBe(false);
  });
});
