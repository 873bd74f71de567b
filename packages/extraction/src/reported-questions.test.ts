import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import type { ExtractionResult } from "./types.ts";

/** Sentences written for these tests (no corpus text). */
function questions(result: ExtractionResult) {
  return result.statements.filter((s) => s.kind === "question");
}

function only(text: string) {
  const r = extractStatements(`Council notes\n${text}`);
  for (const s of r.statements) expect(s.text).toBe(`Council notes\n${text}`.slice(s.start, s.end));
  return r;
}

describe("reported questions: who asked what", () => {
  it("records an active question with its asker and the question from its question word", () => {
    const r = only(
      "Councillor Priya Banerjee asked the treasurer whether the bridge repairs would be finished before the winter floods.",
    );
    const [q, ...rest] = questions(r);
    expect(rest).toEqual([]);
    expect(q?.text).toBe("whether the bridge repairs would be finished before the winter floods");
    expect(q?.speaker).toBe("Priya Banerjee");
    expect(q?.cue).toBe("asked");
  });

  it("a question another pass read as reported speech ('asked X if …') becomes a question", () => {
    const r = only("Okonkwo asked the board if the library could stay open on Sundays next year.");
    expect(questions(r).map((s) => s.text)).toEqual([
      "if the library could stay open on Sundays next year",
    ]);
    expect(r.statements.some((s) => s.kind === "reported")).toBe(false);
  });

  it("an opening 'Asked whether …,' ends at the main clause, whose speech stays reported", () => {
    const r = only(
      "Asked whether the depot would close after the audit, Tomas Eriksen said the decision was months away.",
    );
    expect(questions(r).map((s) => [s.text, s.speaker])).toEqual([
      ["whether the depot would close after the audit", null],
    ]);
    const reported = r.statements.find((s) => s.kind === "reported");
    expect(reported?.text).toBe("the decision was months away");
    expect(reported?.speaker).toBe("Tomas Eriksen");
  });

  it("a passive question names no asker: the one asked is not the speaker", () => {
    const r = only(
      "The harbour master was asked why the ferry timetable had been cut for a second summer.",
    );
    expect(questions(r).map((s) => [s.text, s.speaker])).toEqual([
      ["why the ferry timetable had been cut for a second summer", null],
    ]);
  });

  it("the agent of 'asked by …' is the asker; an indefinite one is someone new", () => {
    const r = only(
      "Marta Lind, an analyst at Fjord Capital, cut her forecast. When asked by one analyst how the merger would change prices for farmers, Holm said it would not.",
    );
    const q = questions(r)[0];
    expect(q?.text).toBe("how the merger would change prices for farmers");
    expect(q?.speaker).toBe("one analyst");
  });

  it("records 'wondered whether' and 'questioned whether' with their subject", () => {
    const r = only(
      "Mayor Ines Duarte questioned whether the new stadium would ever repay its loans.",
    );
    expect(questions(r).map((s) => [s.text, s.speaker, s.cue])).toEqual([
      ["whether the new stadium would ever repay its loans", "Ines Duarte", "questioned"],
    ]);
  });

  it("a question is never check-worthy, whatever numbers it holds, and its sentence is no assertion", () => {
    const r = only(
      "Senator Abena Mensah asked whether the $40 million budget would grow 12 percent in 2027.",
    );
    const q = questions(r)[0];
    expect(q?.text).toBe("whether the $40 million budget would grow 12 percent in 2027");
    expect(q?.checkworthiness).toBe(0);
    expect(r.statements.some((s) => s.kind === "assertion")).toBe(false);
  });

  it("requests, topics and bare question words are not questions", () => {
    const r = only(
      [
        "Reyes asked the court to delay the sentencing until March.",
        "Nobody on the council has asked why.",
        "Asked about her record on housing, Lindqvist smiled.",
        "Ohlsson was asked by host Dana Perrin, who is running for mayor, to stay on.",
        "The minister asked for a full report on the ferry collision.",
      ].join(" "),
    );
    expect(questions(r)).toEqual([]);
  });
});
