import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { find } from "./test-helpers.ts";

// Appositives between a named subject and its verb (issue 15, session 30, second helper);
// sentences written here in the shapes PolNeAR train shows.
describe("appositives that are not the speaker", () => {
  const head = "T\nThe council met on Monday. The budget vote is next week.\n\n";

  it("skips a hometown with an age: 'Marta Quill, 41, of Dunmore, Penn., said'", () => {
    const r = extractStatements(
      `${head}Marta Quill, 41, of Dunmore, Penn., said she had not given up hope that the council would "find the money" for the roads.`,
    );
    expect(find(r, "mixed", "she had not given up hope")?.speaker).toBe("Marta Quill");
  });

  it("skips 'of City, State' after an age: 'Teo Brandt, 22, of Lindale, Ohio, said'", () => {
    const r = extractStatements(
      `${head}Teo Brandt, 22, of Lindale, Ohio, said the plant would close by spring and that nobody had warned the workers.`,
    );
    expect(find(r, "reported", "the plant would close")?.speaker).toBe("Teo Brandt");
  });

  it("credits the name before a role: 'Owen Pratt, executive director of the River Fund, a local charity, said'", () => {
    const r = extractStatements(
      `${head}Owen Pratt, executive director of the River Fund, a local charity, said he thinks the mayor "is going to be dragged down by the budget."`,
    );
    expect(find(r, "mixed", "he thinks the mayor")?.speaker).toBe("Owen Pratt");
  });

  it("does not take a name from an opening clause before a described subject", () => {
    const r = extractStatements(
      `${head}Owen Pratt spoke first. As Pratt left the stage, the organisers said the next speaker would be late by an hour.`,
    );
    expect(find(r, "reported", "the next speaker would be late")?.speaker).not.toBe("Owen Pratt");
  });
});

// Capitalised runs that name no person (same session): a building, a section label.
describe("names that are not people", () => {
  it("does not resolve a lone surname to a building named after the person", () => {
    const r = extractStatements(
      "T\n\nMayor Ada Brill opened the Brill Tower on Monday. A crowd gathered outside.\n\nThe guests arrived late, Brill said, because the roads were closed by the police.",
    );
    expect(find(r, "reported", "the roads were closed")?.speaker).toBe("Ada Brill");
  });

  it("does not give a pronoun to an all-capitals section label", () => {
    const r = extractStatements(
      "T\n\nAdmiral Tomas Vell warned the council about the dam on Monday.\n\nFULL TEXT.\n\nHe has called the plan reckless. “You would have to be blind to back it,” he said.",
    );
    expect(find(r, "direct_quote", "You would have to be blind")?.speaker).toBe("Tomas Vell");
  });
});

// Verbs after a quote that credit the name after them (same session).
describe("more verbs after a quote", () => {
  const head = "T\nThe council met on Monday. Lena Ortiz, a nurse, spoke first.\n\n";

  it("'“…,” remembered Paul Denning, a former clerk' credits Paul Denning", () => {
    const r = extractStatements(
      `${head}"Nobody listened to us that winter," remembered Paul Denning, a former clerk.`,
    );
    expect(find(r, "direct_quote", "Nobody listened")?.speaker).toBe("Paul Denning");
  });

  it("a next sentence 'Paul Estrada, the chairman for the county, said …' credits him", () => {
    const r = extractStatements(
      `${head}"He just stopped and said, 'We have got to win the county.'" Paul Estrada, the chairman for the county, said of the encounter.`,
    );
    expect(find(r, "direct_quote", "He just stopped")?.speaker).toBe("Paul Estrada");
  });

  it("'“…,” agrees Mira Holt' credits Mira Holt", () => {
    const r = extractStatements(`${head}"Our roads are a disgrace," agrees Mira Holt, 30.`);
    expect(find(r, "direct_quote", "Our roads are a disgrace")?.speaker).toBe("Mira Holt");
  });
});

// Indefinite subjects (same session): the phrase, not the last person named.
describe("indefinite subjects", () => {
  it("'Another tweeted, “…”' is not credited to the previous writer", () => {
    const r = extractStatements(
      'T\n\nLena Ortiz wrote that the plan was a mistake. "It will fail," Ortiz wrote.\n\nAnother tweeted, "The mayor thinks she is above the rules."',
    );
    expect(find(r, "direct_quote", "above the rules")?.speaker).toBe("Another");
  });

  it("'Others, reacting to …, shouted, “…”' credits the phrase", () => {
    const r = extractStatements(
      'T\n\nProtesters marched on Friday, after the mayor spoke. Others, reacting to the delay in the vote, shouted, "Stop the coverup!"',
    );
    expect(find(r, "direct_quote", "Stop the coverup")?.speaker).toBe("Others");
  });

  it("'Another child responded, “…”' credits the phrase", () => {
    const r = extractStatements(
      'T\n\nAda Brill spoke at the town hall. Another child responded, "That is the mayor\'s husband."',
    );
    expect(find(r, "direct_quote", "the mayor's husband")?.speaker).toBe("Another child");
  });
});

// A demonym as a surname, programme titles (same session).
describe("surnames that are demonyms, programme titles", () => {
  it("'Cuban said' after 'Mark Cuban' is Mark Cuban", () => {
    const r = extractStatements(
      "T\n\nMark Cuban spoke on Sunday about the race.\n\nThe mayor's grasp of policy is worrying, Cuban said.",
    );
    expect(find(r, "reported", "grasp of policy")?.speaker).toBe("Mark Cuban");
  });

  it("a show's title ending the sentence is not a direct quote", () => {
    const r = extractStatements(
      'T\n\nMayor Ada Brill spoke on Sunday. "The roads are a disgrace," Brill said on WKRN\'s "Morning Hour."',
    );
    expect(find(r, "direct_quote", "Morning Hour")).toBeUndefined();
    expect(find(r, "direct_quote", "The roads are a disgrace")?.speaker).toBe("Ada Brill");
  });
});

// A title-case dateline with a wire agency (same session).
describe("datelines with an agency", () => {
  it("'Cleveland (AFP) – …' is not the subject of the first sentence", () => {
    const r = extractStatements(
      'T\n\nCleveland (AFP) – Democrat Ada Brill has taken a swipe at her rival\'s stance on trade, saying that "loud comments" do more harm than good.',
    );
    expect(find(r, "mixed", "loud comments")?.speaker).toBe("Ada Brill");
  });
});

// Longer writing chains (same session).
describe("writings sent to someone", () => {
  it("'her campaign sent out a text message to supporters saying: “…”' is the campaign", () => {
    const r = extractStatements(
      'T\n\nMayor Ada Brill won on Tuesday. Even before Brill took the stage, her campaign sent out a text message to supporters saying: "With your help, we were just declared the winner."',
    );
    expect(find(r, "direct_quote", "With your help")?.speaker).toBe("Ada Brill campaign");
  });
});

describe("relative clauses after an appositive", () => {
  it("'said Scott Reedman, the chamber's chief strategist, who added that …' is Scott Reedman", () => {
    const r = extractStatements(
      'T\n\nThe chamber met. "Early money sets the terms of the debate," said Scott Reedman, the chamber\'s chief political strategist, who added that his group plans to zero in on local issues "like roads and schools."',
    );
    expect(find(r, "mixed", "his group plans")?.speaker).toBe("Scott Reedman");
  });
});

describe("openers", () => {
  it("'Here in Dunmore, Quill stepped up …, saying, “…”' is Quill, not the town", () => {
    const r = extractStatements(
      'T\n\nMarta Quill spoke. Here in Dunmore, Quill stepped up her attacks on the council, saying, "We have got to fix the roads before winter comes."',
    );
    expect(find(r, "direct_quote", "fix the roads")?.speaker).toBe("Marta Quill");
  });
});
