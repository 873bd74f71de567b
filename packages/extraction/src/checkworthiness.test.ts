import { describe, expect, it } from "vitest";
import { scoreCheckworthiness } from "./checkworthiness.ts";

describe("scoreCheckworthiness", () => {
  it("scores factual, numeric sentences high", () => {
    expect(
      scoreCheckworthiness("Unemployment fell to 3.9 percent in May, the lowest since 2001."),
    ).toBeGreaterThan(0.8);
    expect(
      scoreCheckworthiness("The conflict has persisted since February 2022.", { namedEntities: 1 }),
    ).toBeGreaterThan(0.6);
  });

  it("scores questions, opinions and filler low", () => {
    expect(scoreCheckworthiness("What happens next for the 2024 budget?")).toBeLessThan(0.3);
    expect(scoreCheckworthiness("I think it is a wonderful day.")).toBeLessThan(0.2);
    expect(scoreCheckworthiness("Click here to subscribe to our newsletter.")).toBeLessThan(0.1);
    expect(scoreCheckworthiness("Stay tuned.")).toBeLessThan(0.1);
    expect(scoreCheckworthiness("Anything", { isHeading: true })).toBeLessThan(0.05);
  });

  it("does not queue schedules and poll methodology (issue 15)", () => {
    const queued = 0.5;
    expect(
      scoreCheckworthiness("The board is expected to take up the contract again on March 12."),
    ).toBeLessThan(queued);
    expect(scoreCheckworthiness("The council will vote on the plan on Tuesday.")).toBeLessThan(
      queued,
    );
    expect(
      scoreCheckworthiness("It has a margin of error of plus or minus 4 percent."),
    ).toBeLessThan(queued);
    // A claim with numbers stays queued.
    expect(
      scoreCheckworthiness("The contract would raise teacher pay by 4 percent over two years."),
    ).toBeGreaterThan(queued);
  });

  it("stays within 0..1 and is deterministic", () => {
    for (const t of ["", "a", "1 2 3 4 5 6 7 8 9 10 million percent 2020 more because largest"]) {
      const s = scoreCheckworthiness(t);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
      expect(scoreCheckworthiness(t)).toBe(s);
    }
  });

  it("scores a reported question 0, whatever its words", () => {
    const text = "whether unemployment fell to 3.9 percent in May, the lowest since 2001";
    expect(scoreCheckworthiness(text)).toBeGreaterThan(0.5);
    expect(scoreCheckworthiness(text, { isQuestion: true })).toBe(0);
  });
});
