// The SQL engine's vocabulary words are split in Node since decision 022; they must be the words
// the write SQL used to split (lower + regexp_split_to_table on '[^a-z0-9]+', 2-40 characters).
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { SearchDocument } from "../types.ts";
import { vocabularyToWrite } from "./write-documents.ts";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
afterAll(() => pool.end());

const OLD_SQL_SPLIT = `select distinct w from
  regexp_split_to_table(lower(concat_ws(' ', $1::text, $2::text, $3::text)), '[^a-z0-9]+') w
  where length(w) between 2 and 40 order by 1`;

const doc = (text: string, speaker: string | null, articleTitle: string | null) =>
  ({ id: "d", type: "statement", text, speaker, articleTitle }) as SearchDocument;

const CASES = [
  doc("Obama said the U.S. economy grew 3.5% in Q2-2014!", "Barack Obama", "Jobs report"),
  doc("Café crème: naïve Ünïcode, ÉCOLE and straße", "José Núñez", null),
  doc("ÀÉÎÕÜ İstanbul ǅ ǈ ﬁnance Kelvin: \u212A and Å", null, "Σίσυφος ΣΟΦΙΑ"),
  doc(`a b cc ${"x".repeat(40)} ${"y".repeat(41)} 1 22 333`, "", ""),
  doc("日本の首相 1,000,000 tax\ttab\nnewline\u0000nul \u{1F600}emoji", "O'Neil-Smith", "A/B"),
  doc("", null, null),
];

describe("vocabulary words split in Node", () => {
  it("are the words the write SQL split, for ASCII, accented, non-Latin and edge-length text", async () => {
    for (const d of CASES) {
      const params = [d.text, d.speaker, d.articleTitle].map((t) =>
        t === null ? null : t.replaceAll("\u0000", " "),
      );
      const sql = await pool.query<{ w: string }>(OLD_SQL_SPLIT, params);
      const node = vocabularyToWrite([
        doc(params[0] as string, params[1] ?? null, params[2] ?? null),
      ]);
      expect(node, d.text).toEqual(sql.rows.map((r) => r.w));
    }
  });

  it("leaves out words already known and sorts the rest", () => {
    const words = vocabularyToWrite(
      [doc("zeta alpha beta", null, null), doc("alpha gamma", "Beta", null)],
      new Set(["gamma"]),
    );
    expect(words).toEqual(["alpha", "beta", "zeta"]);
  });
});
