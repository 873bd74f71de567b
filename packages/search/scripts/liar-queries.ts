// Known-item queries built from LIAR statements (shared by relevance.ts and bench.ts).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type LiarRow, parseLiarTsv } from "@claimdesk/core/imports";
import { findRepoRoot } from "@claimdesk/db";
import { createRng } from "../src/testing/index.ts";

/** One LIAR row, as the importer parses it (`parseLiarTsv`, the one owner of the format). */
export type LiarRecord = LiarRow;

export type QueryKind = "typo1" | "typo2" | "words";

export interface KnownItemQuery {
  kind: QueryKind;
  q: string;
  /** the LIAR statement id the query was made from */
  targetId: string;
  targetText: string;
}

/** The LIAR files live next to the repository (../shared/datasets/liar), never inside it. */
export function liarDir(): string {
  return join(findRepoRoot(), "..", "shared", "datasets", "liar");
}

export function readLiar(files = ["train.tsv", "valid.tsv"]): LiarRecord[] | null {
  const dir = liarDir();
  if (!files.every((f) => existsSync(join(dir, f)))) return null;
  return files.flatMap((file) => parseLiarTsv(readFileSync(join(dir, file), "utf8")).rows);
}

export { createRng };

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** One random edit (delete, insert, substitute or swap two neighbours) inside a word. */
export function typo(word: string, rng: () => number): string {
  const i = 1 + Math.floor(rng() * (word.length - 1)); // keep the first letter
  const letter = LETTERS[Math.floor(rng() * 26)]!;
  switch (Math.floor(rng() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + letter + word.slice(i);
    case 2:
      return (
        word.slice(0, i) +
        (word[i] === letter ? LETTERS[(LETTERS.indexOf(letter) + 1) % 26] : letter) +
        word.slice(i + 1)
      );
    default:
      if (i >= word.length - 1) return word.slice(0, i - 1) + word[i] + word[i - 1];
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
}

function withTypos(text: string, count: number, rng: () => number): string | null {
  const words = text.split(/\s+/);
  const eligible = words
    .map((w, i) => ({ w, i }))
    .filter(({ w }) => /^[A-Za-z]{4,}$/.test(w.replace(/[^A-Za-z]/g, "")) && /^[A-Za-z]/.test(w));
  if (eligible.length < count) return null;
  const picked = new Set<number>();
  while (picked.size < count) picked.add(eligible[Math.floor(rng() * eligible.length)]!.i);
  for (const i of picked) {
    const w = words[i]!;
    const core = w.match(/^([A-Za-z]+)(.*)$/);
    if (!core) continue;
    words[i] = typo(core[1]!, rng) + core[2];
  }
  return words.join(" ");
}

function someWords(text: string, rng: () => number): string | null {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 6) return null;
  const n = Math.min(words.length - 1, 5 + Math.floor(rng() * 4));
  const start = Math.floor(rng() * (words.length - n + 1));
  return words.slice(start, start + n).join(" ");
}

/**
 * `count` queries from distinct random records: a third with one typo, a third with two typos,
 * a third with only 5–8 consecutive words of the statement. Deterministic for a seed.
 */
export function buildKnownItemQueries(
  records: LiarRecord[],
  count: number,
  seed = 42,
): KnownItemQuery[] {
  const rng = createRng(seed);
  const order = records.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const kinds: QueryKind[] = ["typo1", "typo2", "words"];
  const queries: KnownItemQuery[] = [];
  for (const index of order) {
    if (queries.length >= count) break;
    const record = records[index]!;
    const kind = kinds[queries.length % 3]!;
    const q =
      kind === "typo1"
        ? withTypos(record.statement, 1, rng)
        : kind === "typo2"
          ? withTypos(record.statement, 2, rng)
          : someWords(record.statement, rng);
    if (!q) continue;
    queries.push({ kind, q, targetId: record.id, targetText: record.statement });
  }
  return queries;
}

export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
