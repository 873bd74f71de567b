import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { find } from "./test-helpers.ts";

// Shapes from PolNeAR train wrong speakers (issue 15, session 26); the sentences are written here.
describe("speakers past opening adverbials, tags and listeners", () => {
  it("skips names inside an opening adverbial", () => {
    const r = extractStatements(
      "T\nAt a town hall in Ames, Iowa, on Sunday, Mrs. Clinton expanded on her remarks, saying that the country should lead a coalition.\n\nSpeaking to MSNBC’s Morning Joe on Monday, Bush described the senator’s record as a “work in progress.”\n\nHours later, Trump praised Adelson, telling Reuters, “Sheldon and I have been friends for a long time.”",
    );
    expect(find(r, "reported", "country should lead")?.speaker).toBe("Clinton");
    expect(find(r, "mixed", "work in progress")?.speaker).toBe("Bush");
    expect(find(r, "direct_quote", "friends for a long time")?.speaker).toBe("Trump");
  });

  it("does not credit a quote to whoever was told", () => {
    const r = extractStatements(
      "T\nBack in 1999, Mr. Trump praised Mr. Clinton’s retail political skills, telling CNBC: “I wish I could be like that. I just can’t.”",
    );
    expect(find(r, "direct_quote", "I wish I could")?.speaker).toBe("Trump");
  });

  it("reads a party tag or a weekday between the subject and the verb", () => {
    const r = extractStatements(
      "T\nSen. John Cornyn (R-Texas) told a Politico reporter that he “would be surprised if this is the last one of the year.”\n\nTrump, who has been feuding with party leaders, on Friday described his plan as a “big tent” for everyone who wants to join.",
    );
    expect(find(r, "direct_quote", "would be surprised")?.speaker).toBe("John Cornyn");
    expect(find(r, "mixed", "his plan")?.speaker).toBe("Trump");
  });

  it("reads a state abbreviation after a place as part of the place", () => {
    const r = extractStatements(
      "T\nThe day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming that the president wanted to admit many more refugees.",
    );
    expect(find(r, "reported", "wanted to admit")?.speaker).toBe("Trump");
  });
});

describe("quote signatures and manner verbs", () => {
  it("reads a dash signature in the paragraph after a quote", () => {
    const r = extractStatements(
      'T\nThe senator is relying on an outdated statistic.\n\n"Almost all new income is going to the top 1 percent."\n\n- Bernie Sanders.\n\nThe numbers changed.\n\n"She is tested. She is ready."\n\n-Michelle Marks, Philadelphia.',
    );
    expect(find(r, "direct_quote", "new income")?.speaker).toBe("Bernie Sanders");
    expect(find(r, "direct_quote", "She is tested")?.speaker).toBe("Michelle Marks");
  });

  it("reads 'interjected' and 'questioned' as verbs of saying after a quote", () => {
    const r = extractStatements(
      "T\nGlenn Beck spoke after Donald Trump.\n\n“What was the pivot point that made him change?” Beck questioned.\n\n“It's just not true,” O'Malley interjected.",
    );
    expect(find(r, "direct_quote", "pivot point")?.speaker).toBe("Glenn Beck");
    expect(find(r, "direct_quote", "just not true")?.speaker).toBe("O'Malley");
  });

  it("reads an attribution opening a longer sentence after a quote", () => {
    const r = extractStatements(
      "T\nRachel Maddow asked about running mates.\n\n“I’m not sure Leo DiCaprio is available, but we’ll see, right?” Clinton remarked, alluding to the Oscar-nominated actor’s latest turn as a rugged frontiersman.",
    );
    expect(find(r, "direct_quote", "DiCaprio")?.speaker).toBe("Clinton");
  });

  it("takes 'Obama also addressed …' as the antecedent of a later 'he'", () => {
    const r = extractStatements(
      "T\nDonald Trump has claimed in a letter to Obama that the election is rigged.\n\nObama also addressed Trump’s concerns last Thursday, stating that local authorities run the election.\n\n“We do take seriously our responsibilities to monitor the vote,” he added.",
    );
    expect(find(r, "direct_quote", "take seriously")?.speaker).toBe("Obama");
  });
});
