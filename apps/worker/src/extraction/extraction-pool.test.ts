import { extractStatements } from "@claimdesk/extraction";
import { afterEach, describe, expect, it } from "vitest";
import { largeSingleLineArticle } from "../../test/large-article.ts";
import { ExtractionPool } from "./extraction-pool.ts";

let pool: ExtractionPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

/** Counts event-loop turns (setImmediate) until `work` settles. */
async function turnsDuring(work: Promise<unknown>) {
  let turns = 0;
  let done = false;
  const tick = () => {
    if (done) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  await work;
  done = true;
  return turns;
}

describe("ExtractionPool", () => {
  it("gives what extractStatements gives, from a thread", async () => {
    pool = new ExtractionPool(2);
    const input = `Bridge budget\n${largeSingleLineArticle(5000)}`;
    const [a, b] = await Promise.all([
      pool.run(input, { title: "Bridge budget" }),
      pool.run(input.slice(0, 3000), { title: "Bridge budget" }),
    ]);
    expect(a).toEqual(extractStatements(input, { title: "Bridge budget" }));
    expect(b).toEqual(extractStatements(input.slice(0, 3000), { title: "Bridge budget" }));
  });

  it("leaves this thread's event loop free while a 1.95 M-character article extracts", async () => {
    pool = new ExtractionPool(1);
    const input = `Bridge budget\n${largeSingleLineArticle(1_950_000)}`;
    const turns = await turnsDuring(pool.run(input, { title: "Bridge budget" }));
    // In this thread (the old way) the loop cannot turn once until extraction returns.
    expect(turns).toBeGreaterThan(100);
  }, 120_000);

  it("passes on the extractor's refusal with its name and message, and keeps working", async () => {
    pool = new ExtractionPool(1);
    await expect(pool.run("x\n\u0000\u0001\u0002", {})).rejects.toMatchObject({
      name: "ExtractionInputError",
    });
    const ok = await pool.run(
      "Title\nThe city spent $4 million on roads in 2023, officials said.",
      {},
    );
    expect(ok.statements.length).toBeGreaterThan(0);
  });
});
