import { describe, expect, it } from "vitest";
import { analyzeText, cleanStatement, datesOf } from "./analyze-text.ts";

describe("cleanStatement", () => {
  it("drops links, pic links and the tweet's handle and date, keeping its author", () => {
    expect(
      cleanStatement(
        "Big news! https://t.co/CsHG8R9cHp pic.twitter.com/0eJtwJyS1J — Brad Trost 🇨🇦 (@BradTrostCPC) December 26, 2019",
      ),
    ).toBe("Big news! . Brad Trost");
    expect(cleanStatement("No collusion — Donald J. Trump (@realDonaldTrump) March 24, 2019")).toBe(
      "No collusion . Donald J. Trump",
    );
  });

  it("drops a picture link glued to the word before it", () => {
    expect(cleanStatement("SPREAD AWARENESS #PrayforAmazoniapic.twitter.com/kbF7guFjm7")).toBe(
      "SPREAD AWARENESS Prayfor Amazonia",
    );
    expect(cleanStatement("in a row!pic.twitter.com/x1")).toBe("in a row!");
  });

  it("turns handles and hashtags into words", () => {
    expect(cleanStatement("RT @cnn: #AustralianFires and @realDonaldTrump")).toBe(
      "Australian Fires and real Donald Trump",
    );
  });
});

describe("analyzeText", () => {
  it("stems as PostgreSQL's english configuration and drops its stop words", () => {
    expect(analyzeText("The news about unemployed communists").stems).toEqual([
      "news",
      "unemploy",
      "communist",
    ]);
  });

  it("finds names, numbers and negation", () => {
    const a = analyzeText("Obama did not create 1,200 jobs in 2009. Seven states agree with NASA.");
    expect([...a.numbers].sort()).toEqual(["1200", "2009", "7"]);
    expect(a.negated).toBe(true);
    expect(a.entities.has("nasa")).toBe(true);
    expect(a.entities.has("seven")).toBe(false); // first word of a sentence
    expect(analyzeText("Obama didn't").negated).toBe(true);
    expect(analyzeText("Obama did").negated).toBe(false);
  });
});

describe("dates", () => {
  it("reads a pasted tweet's month and year from its signature", () => {
    const q = analyzeText("PELOSI STAMMERS — Donald J. Trump (@realDonaldTrump) May 24, 2019");
    expect([q.month, q.year]).toEqual(["may", "2019"]);
    expect(analyzeText("no signature here").month).toBeNull();
  });

  it("finds the months (capitalised only: 'march' is also a verb) and years a claim names", () => {
    const d = datesOf("In May 2019 they march on, and in September 1999 again");
    expect([...d.months]).toEqual(["may", "sep"]);
    expect([...d.years]).toEqual(["2019", "1999"]);
  });
});
