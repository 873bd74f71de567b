// The stemmer against the real PostgreSQL of this test run, on a few thousand words made from
// bases and suffixes that exercise every step of the algorithm.
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { stemPorter2 } from "./porter2.ts";

const BASES = (
  "act adjust agree allow analog angular arsen bias bowdler cancel care cease commun condition " +
  "conform control cri day decis defens depend differ digit electr emerg employ fail feud fil " +
  "formal gener happi hesit hope hop immigr insur kiwi legal nation news operat organ past plaster " +
  "predic probat radic rate ration relat replac revive sens sing size sky spend teach tan troubl " +
  "univers valen vietnam vile vote"
).split(" ");
const SUFFIXES = (
  " s es ed ing ly e er est ness ful fully fulness ment ments ation ational ations ize izes ized " +
  "izer ization ism ist ists ity ities ive ively iveness ous ously ousness able ably ible al ally " +
  "ance ence ency ant ent ently ic ical ically y ies ied"
).split(" ");

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
});

it("stems a few thousand generated words exactly as to_tsvector('english', …) does", async () => {
  const words = [...new Set(BASES.flatMap((b) => SUFFIXES.map((s) => b + s)))];
  const { rows } = await client.query<{ w: string; stem: string | null }>(
    "select w, (ts_lexize('english_stem', w))[1] as stem from unnest($1::text[]) w",
    [words],
  );
  const compared = rows.filter((r) => r.stem !== null);
  expect(compared.length).toBeGreaterThan(2000);
  const wrong = compared.filter((r) => stemPorter2(r.w) !== r.stem);
  expect(wrong).toEqual([]);
});
