import { extractStatements } from "@claimdesk/extraction";
import { describe, expect, it } from "vitest";
import { readDemoArticles } from "../seed/demo-articles.ts";
import { type Extractor, extractInChunks } from "./extract-in-chunks.ts";
import { contextStart, splitForExtraction } from "./split-for-extraction.ts";

const paragraph = (i: number) =>
  `"The harbor bridge carries ${62_000 + i} vehicles a day," said Mayor Elena Vasquez on Tuesday. The council voted 5-4 to cut the repair budget by $${3 + i} million, according to city records.`;

describe("splitForExtraction", () => {
  it("covers the text exactly, in order, each piece at most the limit, cut after a line break", () => {
    const text = Array.from({ length: 40 }, (_, i) => paragraph(i)).join("\n\n");
    const ranges = splitForExtraction(text, 1000);
    expect(ranges.length).toBeGreaterThan(5);
    expect(ranges[0]!.start).toBe(0);
    expect(ranges.at(-1)!.end).toBe(text.length);
    for (let i = 0; i < ranges.length; i++) {
      const r = ranges[i]!;
      expect(r.end - r.start).toBeLessThanOrEqual(1000);
      if (i > 0) expect(r.start).toBe(ranges[i - 1]!.end);
      if (i < ranges.length - 1) expect(text[r.end - 1]).toBe("\n");
    }
  });

  it("cuts a single-line text after a sentence, not inside a word", () => {
    const text = Array.from({ length: 60 }, (_, i) => paragraph(i)).join(" ");
    const ranges = splitForExtraction(text, 2000);
    expect(ranges.length).toBeGreaterThan(4);
    for (const r of ranges.slice(0, -1)) {
      expect(text.slice(r.end - 2, r.end)).toMatch(/[.!?] $/);
      expect(text[r.end]).toMatch(/["A-Z0-9]/);
    }
    expect(ranges.map((r) => text.slice(r.start, r.end)).join("")).toBe(text);
  });

  it("cuts text without any boundary at the limit", () => {
    const text = "x".repeat(2500);
    expect(splitForExtraction(text, 1000)).toEqual([
      { start: 0, end: 1000 },
      { start: 1000, end: 2000 },
      { start: 2000, end: 2500 },
    ]);
  });
});

describe("contextStart", () => {
  it("starts the context at a paragraph start within the limit", () => {
    const text = "First paragraph here.\n\nSecond one.\n\nThird.\n\nThe piece.";
    const start = text.indexOf("The piece");
    expect(contextStart(text, 0, start, 1000)).toBe(0);
    expect(text.slice(contextStart(text, 0, start, 25), start)).toBe("Second one.\n\nThird.\n\n");
    expect(contextStart(text, start, start, 1000)).toBe(start);
  });

  it("on one line, starts after a sentence end outside quotation marks, never inside a quote", () => {
    const text =
      'Reyes spoke first. "It is late. We know it," he said. Then Vasquez spoke. The piece.';
    const start = text.indexOf("The piece");
    // "We know it" follows a sentence end, but inside the quotation: not a start.
    expect(text.slice(contextStart(text, 0, start, start - text.indexOf("It is")))).toMatch(
      /^Then Vasquez spoke\. The piece\.$/,
    );
    expect(text.slice(contextStart(text, 0, start, 1000))).toBe(text);
    expect(contextStart(text, 0, start, 3)).toBe(start);
  });
});

describe("extractInChunks", () => {
  const speakerBody = [
    "Mayor Elena Vasquez spoke to reporters at City Hall on Tuesday about the harbor bridge.",
    '"The bridge carries 62,000 vehicles a day and it is safe," she said.',
    '"We will finish the repairs by 2027," she said.',
    'Council member Tom Reyes disagreed. "The budget cut of $3 million puts drivers at risk," he said.',
  ].join("\n\n");

  it("gives a quote at the top of a piece the speaker named in the piece before", async () => {
    const whole = await extractInChunks("Bridge", speakerBody);
    const pieces = await extractInChunks("Bridge", speakerBody, undefined, { chunkChars: 160 });
    expect(pieces.chunks).toBeGreaterThan(1);
    const second = splitForExtraction(speakerBody, 160)[1]!;
    expect(speakerBody.slice(second.start)).toMatch(/^"We will finish/);
    const repairs = pieces.statements.find((s) => s.text.startsWith("We will finish"));
    expect(repairs?.speaker).toBe("Elena Vasquez");
    const key = (s: { start: number; end: number; kind: string; speaker: string | null }) =>
      `${s.start}:${s.end}:${s.kind}:${s.speaker}`;
    expect(pieces.statements.map(key)).toEqual(whole.statements.map(key));
    for (const s of pieces.statements) expect(speakerBody.slice(s.start, s.end)).toBe(s.text);
    expect(pieces.speakers.map((s) => s.name).sort()).toEqual(
      whole.speakers.map((s) => s.name).sort(),
    );
  });

  const demo = readDemoArticles().find((a) => a.name === "harbor-bridge-budget.txt")!;
  const [title, ...rest] = demo.text.split("\n");
  const body = rest.join("\n");

  it("finds the same statements piece by piece as in one go, offsets exact to the body, none twice", async () => {
    const whole = await extractInChunks(title!, body);
    const pieces = await extractInChunks(title!, body, undefined, { chunkChars: 300 });
    expect(pieces.chunks).toBeGreaterThan(4);
    expect(whole.chunks).toBe(1);
    for (const s of pieces.statements) {
      if (s.kind === "direct_quote") expect(body.slice(s.start, s.end)).toBe(s.text);
      else expect(body.slice(s.start, s.end).length).toBe(s.end - s.start);
      for (const e of s.entities) expect(body.slice(e.start, e.end)).toBe(e.text);
    }
    const keys = pieces.statements.map((s) => `${s.start}:${s.end}`);
    expect(new Set(keys).size).toBe(keys.length);
    const key = (s: { start: number; end: number; kind: string; text: string }) =>
      `${s.start}:${s.end}:${s.kind}:${s.text}`;
    // The body's paragraphs are short, so each piece holds whole paragraphs: nothing changes.
    expect(pieces.statements.map(key)).toEqual(whole.statements.map(key));
    expect(pieces.stoppedNote).toBeNull();
    expect(pieces.charsDone).toBe(body.length);
  });

  it("stops at the time budget, keeps a prefix of the body, and says how far it got", async () => {
    const long = Array.from({ length: 30 }, (_, i) => paragraph(i)).join("\n");
    let clock = 0;
    let calls = 0;
    const slow: Extractor = async (input, options) => {
      calls++;
      clock += 10;
      return extractStatements(input, options);
    };
    const r = await extractInChunks("Bridge", long, slow, {
      chunkChars: 1000,
      timeMs: 25,
      now: () => clock,
    });
    expect(r.chunks).toBeGreaterThan(3);
    expect(calls).toBe(3); // at 0, 10 and 20 ms a piece starts; at 30 ms the budget is spent
    expect(r.chunksDone).toBe(3);
    expect(r.charsDone).toBeLessThan(long.length);
    expect(long[r.charsDone - 1]).toBe("\n");
    expect(r.statements.length).toBeGreaterThan(0);
    expect(r.statements.every((s) => s.end <= r.charsDone)).toBe(true);
    expect(r.stoppedNote).toMatch(
      new RegExp(
        `after ${r.charsDone.toLocaleString("en")} of ${long.length.toLocaleString("en")} characters`,
      ),
    );
  });

  it("runs pieces in parallel lanes and still returns them in text order", async () => {
    const long = Array.from({ length: 30 }, (_, i) => paragraph(i)).join("\n");
    let inFlight = 0;
    let most = 0;
    const lanes: Extractor = async (input, options) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, Math.random() * 5));
      inFlight--;
      return extractStatements(input, options);
    };
    const r = await extractInChunks("Bridge", long, lanes, { chunkChars: 1000, parallelism: 3 });
    expect(most).toBe(3);
    const starts = r.statements.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const one = await extractInChunks("Bridge", long, undefined, { chunkChars: 1000 });
    expect(r.statements).toEqual(one.statements);
  });
});
