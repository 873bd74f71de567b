import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CommandContext } from "../command.ts";
import { articleFiles, extractCommand } from "./extract.ts";

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx = {
    out: (t: string) => out.push(t),
    err: (t: string) => err.push(t),
    withDb: () => Promise.reject(new Error("extract needs no database")),
    withServices: () => Promise.reject(new Error("extract needs no services")),
  } as CommandContext;
  return extractCommand.run(args, ctx).then((code) => ({ code, out, err }));
}

function folder() {
  const dir = mkdtempSync(join(tmpdir(), "extract-"));
  writeFileSync(
    join(dir, "b.txt"),
    'Mayor backs plan\n\n"We will build 300 homes," Mayor Ana Ruiz said on Monday.\n',
  );
  writeFileSync(
    join(dir, "a.txt"),
    "Budget vote\n\nCouncil member Tom Lee said the budget would rise by 4 percent next year.\n",
  );
  writeFileSync(join(dir, "notes.md"), "not an article");
  mkdirSync(join(dir, "sub"));
  return dir;
}

describe("claimdesk extract", () => {
  it("takes a directory: one JSON line per .txt article, in file-name order", async () => {
    const dir = folder();
    expect(articleFiles([dir]).map((f) => f.slice(dir.length + 1))).toEqual(["a.txt", "b.txt"]);
    const { code, out } = await run([dir, "--json"]);
    expect(code).toBe(0);
    expect(out).toHaveLength(2);
    const [a, b] = out.map((l) => JSON.parse(l));
    expect(a.title).toBe("Budget vote");
    expect(Object.keys(a)).toEqual(["title", "statements", "speakers"]);
    expect(a.statements[0]).toMatchObject({ kind: "reported", speaker: "Tom Lee" });
    expect(b.statements[0]).toMatchObject({ kind: "direct_quote", speaker: "Ana Ruiz" });
  });

  it("prints a reported question with kind question, its asker and score 0, in JSON and the table", async () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-"));
    const file = join(dir, "q.txt");
    writeFileSync(
      file,
      "Bridge repairs\n\nCouncillor Priya Banerjee asked whether the $40 million bridge repairs would be finished by 2027.\n",
    );
    const json = await run([file, "--json"]);
    const [statement] = JSON.parse(json.out[0] as string).statements;
    expect(statement).toMatchObject({
      kind: "question",
      text: "whether the $40 million bridge repairs would be finished by 2027",
      speaker: "Priya Banerjee",
      checkworthiness: 0,
    });
    const table = (await run([file])).out.join("\n");
    expect(table).toMatch(/1 {3}question {3}Priya Banerjee/);
    expect(table).toContain(
      "1 statements: 0 quotes, 0 reported, 0 mixed, 1 questions, 0 assertions",
    );
  });

  it("takes several files; a bad one is reported and keeps its line, exit 1", async () => {
    const dir = folder();
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "  \n");
    const { code, out, err } = await run([join(dir, "a.txt"), empty, join(dir, "b.txt"), "--json"]);
    expect(code).toBe(1);
    expect(out).toHaveLength(3);
    expect(JSON.parse(out[1] as string).statements).toEqual([]);
    expect(err.join("\n")).toContain("empty.txt: article is empty");
  });

  it("prints a table per file with its name when given several, one table for one", async () => {
    const dir = folder();
    const many = await run([join(dir, "a.txt"), join(dir, "b.txt")]);
    expect(many.out[0]).toContain(`== ${join(dir, "a.txt")}`);
    const one = await run([join(dir, "a.txt")]);
    expect(one.out[0]).not.toContain("==");
    await expect(run([join(dir, "missing.txt")])).rejects.toThrow("no such file");
    await expect(run([])).rejects.toThrow("extract needs a file");
  });
});
