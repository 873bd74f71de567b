import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { find } from "./test-helpers.ts";

/** General patterns found by the blind set (fixtures-blind/); no article-specific phrases. */
describe("reported speech: 'according to' variants", () => {
  it("accepts cited documents and data as the source", () => {
    const r = extractStatements(
      "T\nAccording to court documents, Lee opened 9 fake accounts between 2015 and 2020.\nThe county has 4,200 teachers, according to state payroll data.",
    );
    expect(find(r, "reported", "Lee opened 9 fake accounts")?.speaker).toBe("court documents");
    expect(find(r, "reported", "The county has 4,200 teachers")?.speaker).toBe(
      "state payroll data",
    );
  });

  it("prefers the named producer of the data ('figures from X')", () => {
    const r = extractStatements(
      "T\nFloods rose 12 per cent in 2023, according to figures from the Environment Agency.",
    );
    expect(find(r, "reported", "Floods rose 12 per cent")?.speaker).toBe("Environment Agency");
  });

  it("takes the producer of data as the source ('figures released by X')", () => {
    const r = extractStatements(
      "T\nVaccination rates rose to 91 percent last year, according to figures released by the county health department on Friday.\nThe river rose 2 metres, according to data published by the Environment Agency.",
    );
    expect(find(r, "reported", "Vaccination rates rose to 91 percent")?.speaker).toBe(
      "county health department",
    );
    expect(find(r, "reported", "The river rose 2 metres")?.speaker).toBe("Environment Agency");
  });

  it("cuts the source at a participle ('records obtained by …')", () => {
    const r = extractStatements(
      "T\nThe agency paid $2 million to one firm, according to records obtained by the Daily Star.",
    );
    expect(find(r, "reported", "The agency paid $2 million")?.speaker).toBe("records");
  });

  it("allows a leading connective and an appositive name", () => {
    const r = extractStatements(
      "T\nBut according to two former employees, the audits were skipped in 2021.\nThe petition has 9,000 signatures, according to its organiser, Ben Okafor, a student.",
    );
    expect(find(r, "reported", "the audits were skipped")?.speaker).toBe("two former employees");
    expect(find(r, "reported", "The petition has 9,000 signatures")?.speaker).toBe("Ben Okafor");
  });

  it("handles the comma inside the closing quote mark", () => {
    const r = extractStatements(
      'T\nThe rules allow a waiver when a repair is needed "to prevent imminent danger," according to the city code.',
    );
    // Quoted words inside a paraphrase: the statement is "mixed".
    expect(find(r, "mixed", "The rules allow a waiver")?.speaker).toBe("city code");
  });
});

describe("reported speech: verb complements", () => {
  it("does not swallow the clause's determiner after 'told OBJECT'", () => {
    const r = extractStatements(
      "T\nChief Financial Officer Mei Zhou told analysts the company would cut 1,200 jobs.\nTown Manager Dana Holt told the council the town faces a $3 million gap.",
    );
    expect(find(r, "reported", "the company would cut 1,200 jobs")?.speaker).toBe("Mei Zhou");
    expect(find(r, "reported", "the town faces a $3 million gap")?.text).toBe(
      "the town faces a $3 million gap",
    );
  });

  it("skips longer adverbials before 'that' (times, 'on a call with analysts')", () => {
    const r = extractStatements(
      "T\nMayor Ann Cole tweeted shortly after 4 a.m. that the city had opened a shelter.\nTom Baker said on a call with analysts that demand was weaker than planned.\nThe board said at the time that the move was necessary.",
    );
    expect(find(r, "reported", "the city had opened a shelter")?.speaker).toBe("Ann Cole");
    expect(find(r, "reported", "demand was weaker than planned")?.speaker).toBe("Tom Baker");
    expect(find(r, "reported", "the move was necessary")).toBeDefined();
  });

  it("accepts an irregular past tense as the clause's finite verb", () => {
    const r = extractStatements("T\nThe FBI said the case began with a tip in 2022.");
    expect(find(r, "reported", "the case began with a tip in 2022")?.speaker).toBe("FBI");
  });
});

describe("reported speech: speakers", () => {
  it("skips a party-and-state tag after the name", () => {
    const r = extractStatements("T\nSen. Rosa Lind, R-Fla., said the aid money could not wait.");
    expect(find(r, "reported", "the aid money could not wait")?.speaker).toBe("Rosa Lind");
  });

  it("handles particle verbs ('pointed out that', 'shot back that')", () => {
    const r = extractStatements(
      "T\nCouncilor Frank Osler pointed out that staff numbers had grown from 41 to 53.\nTom Reed shot back that it was the same question.",
    );
    expect(find(r, "reported", "staff numbers had grown")?.speaker).toBe("Frank Osler");
    expect(find(r, "reported", "it was the same question")?.speaker).toBe("Tom Reed");
  });

  it("does not resolve 'the company' to the police", () => {
    const r = extractStatements(
      "T\nThe depot is run by Delmar Chemical Supply. Police closed the road.\nThe company said in a statement that all 14 workers were safe.",
    );
    expect(find(r, "reported", "all 14 workers were safe")?.speaker).toBe("Delmar Chemical Supply");
  });

  it("uses a sentence-initial speaker noun for ', saying …'", () => {
    const r = extractStatements(
      "T\nThe ministry denied that, saying school health spending had risen in each of the last three years.",
    );
    expect(find(r, "reported", "school health spending had risen")?.speaker).toBe("ministry");
  });

  it("keeps group phrases whole ('Passenger groups', 'one of the former employees')", () => {
    const r = extractStatements(
      'T\nPassenger groups said compensation should be paid automatically.\n"It was a scam," said one of the former employees, who asked not to be named.',
    );
    expect(find(r, "reported", "compensation should be paid")?.speaker).toBe("Passenger groups");
    expect(find(r, "direct_quote", "It was a scam")?.speaker).toBe("one of the former employees");
  });

  it("takes the named lead of 'X and her colleagues'", () => {
    const r = extractStatements(
      "T\nDr. Leila Haddad studies corals. Haddad and her colleagues argue that the corals' tolerance comes from their history.",
    );
    expect(find(r, "reported", "tolerance comes from their history")?.speaker).toBe("Leila Haddad");
  });
});

describe("reported speech: parenthetical attribution", () => {
  it("reports the whole sentence around ', she said,'", () => {
    const r = extractStatements(
      "T\nCouncilor Priya Nair disagreed. The extra staff, she said, were hired to handle permits after 2021.",
    );
    const s = find(r, "reported", "were hired to handle permits");
    expect(s?.speaker).toBe("Priya Nair");
    expect(s?.text).toBe("The extra staff, she said, were hired to handle permits after 2021");
  });

  it("limits the scope to the first clause before ', and …'", () => {
    const r = extractStatements(
      "T\nThe lighthouse will be sold at auction next year, the Coast Guard said, and the buyer will not be required to keep it lit.",
    );
    expect(find(r, "reported", "The lighthouse will be sold")?.text).toBe(
      "The lighthouse will be sold at auction next year",
    );
  });
});

describe("quote continuation", () => {
  it("continues the previous quote's phrase speaker within the paragraph", () => {
    const r = extractStatements(
      'T\nThe firm is owned by Sandoval Paving.\n"It was a scam," said one of the former employees, who asked not to be named because she works for the county. "Everybody knew whose company it was."',
    );
    expect(find(r, "direct_quote", "Everybody knew")?.speaker).toBe("one of the former employees");
  });
});

describe("organisation names and subject modifiers", () => {
  it("joins 'and' inside an organisation name after 'Head of …'", () => {
    const r = extractStatements(
      "T\nAccording to the Office of Rail and Road, the operator ran 81.2 per cent of trains on time.\nMaria Lopez and Tom Reed met on Monday.",
    );
    expect(find(r, "reported", "the operator ran 81.2 per cent")?.speaker).toBe(
      "Office of Rail and Road",
    );
    expect(r.speakers.some((s) => s.name.includes(" and "))).toBe(true);
    expect(r.statements.some((s) => s.speaker === "Maria Lopez and Tom Reed")).toBe(false);
  });

  it("takes the person after 'Org role-noun' as the subject of ', insisting that'", () => {
    const r = extractStatements(
      "T\nRovers boss Neil Carter was furious about the goal, insisting that the striker had been offside.",
    );
    expect(find(r, "reported", "the striker had been offside")?.speaker).toBe("Neil Carter");
  });
});

describe("'the company' resolution", () => {
  it("prefers the company the headline is about over a more recent one", () => {
    const r = extractStatements(
      "Northwind Logistics shares slide 14%\nShares of Northwind Logistics fell 14 percent on Thursday. Analysts polled by LSEG had expected more.\nNet income fell to $212 million, the company said.",
    );
    expect(find(r, "reported", "Net income fell to $212 million")?.speaker).toBe(
      "Northwind Logistics",
    );
  });

  it("falls back to the most recent company when the headline names none", () => {
    const r = extractStatements(
      "Quarterly results\nAcme Corp sold 4 million phones in 2023.\nRevenue rose 9 percent, the company said.",
    );
    expect(find(r, "reported", "Revenue rose 9 percent")?.speaker).toBe("Acme Corp");
  });
});
