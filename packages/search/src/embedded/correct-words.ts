// The SQL engine's typo correction: which query words the indexed vocabulary (search_term) knows,
// and the indexed words one edit away or closest by trigram similarity for those it does not.
import type pg from "pg";
import { applyCorrections, editsOf, type QueryWord, wordsToCorrect } from "./build-text-query.ts";

/**
 * Which of $2 are indexed words of the physical indexes $1, as primary-key probes. The term is
 * matched by a (degenerate) range: with `=` the planner may pick the trigram GIN index, which
 * supports equality but is ~100x slower for it. Written as a semi-join (EXISTS) so each word is
 * one index probe whatever the statistics say: as a plain join, right after a bulk load (before
 * autovacuum analyzes search_term) the planner compared every word with every term, and the
 * thousands of typo candidates of a long query took seconds (3,000 words x 14,674 terms:
 * 5,082 ms as a join, 4.6 ms as a semi-join).
 */
const VOCABULARY_LOOKUP = `select distinct w.term from unnest($2::text[]) w(term)
  where exists (select 1 from search_term t where t.index_uid = any($1::text[])
    and t.term >= w.term and t.term <= w.term)`;

/**
 * Which of $3 begin at least one indexed word of the physical indexes $1 (a primary-key range
 * scan; indexed words are [a-z0-9], at most 40 characters).
 */
const PREFIX_LOOKUP = `select w from unnest($3::text[]) w where exists (
  select 1 from search_term t where t.index_uid = any($1::text[])
    and t.term >= w and t.term <= w || repeat('z', 40))`;

/** The query words known to the vocabulary: $2 as whole words, $3 as prefixes; one round trip. */
const KNOWN_WORDS_LOOKUP = `${VOCABULARY_LOOKUP} union ${PREFIX_LOOKUP}`;

/**
 * Adds indexed words close to each query word that is not in the vocabulary (a typo): first
 * every word one edit away (exact look-ups), else the closest words by trigram similarity.
 */
export async function correctWords(
  pool: pg.Pool,
  uids: string[],
  words: QueryWord[],
): Promise<QueryWord[]> {
  const candidates = wordsToCorrect(words);
  if (candidates.length === 0) return words;
  // The last word typed as a prefix ("hea" while typing "health") is no typo when indexed
  // words start with it: prefix matching (`hea:*`) finds them.
  const prefixes = words.filter((w) => w.prefix).map((w) => w.word);
  const known = await pool.query<{ term: string }>(KNOWN_WORDS_LOOKUP, [
    uids,
    candidates,
    prefixes,
  ]);
  const knownSet = new Set(known.rows.map((r) => r.term));
  const unknown = candidates.filter((w) => !knownSet.has(w)).slice(0, 4);
  if (unknown.length === 0) return words;
  const variants = new Map<string, string[]>();
  for (const word of unknown)
    for (const v of editsOf(word)) variants.set(v, [...(variants.get(v) ?? []), word]);
  const found = await pool.query<{ term: string }>(VOCABULARY_LOOKUP, [uids, [...variants.keys()]]);
  const alternatives = new Map<string, string[]>();
  for (const { term } of found.rows) {
    for (const word of variants.get(term) ?? []) {
      alternatives.set(word, [...(alternatives.get(word) ?? []), term]);
    }
  }
  const far = unknown.filter((w) => !alternatives.has(w));
  if (far.length > 0) {
    // Larger misspellings: closest words by trigram similarity (any index's vocabulary).
    const similar = await pool.query<{ w: string; alts: string[] }>(
      `select w, array(
         select t.term from search_term t where t.term % w
         group by t.term order by max(similarity(t.term, w)) desc, t.term limit 3) as alts
       from unnest($1::text[]) w`,
      [far],
    );
    for (const row of similar.rows) if (row.alts.length > 0) alternatives.set(row.w, row.alts);
  }
  return applyCorrections(words, alternatives);
}
