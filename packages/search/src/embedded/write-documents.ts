// Writing documents into search_document (or a reindex target's own table) and the SQL engine's
// vocabulary (search_term). The weighted tsvector is computed by PostgreSQL; the vocabulary
// words are split here (decision 022: splitting them in SQL cost as much as the tsvector).
import type pg from "pg";
import type { SearchDocument } from "../types.ts";
import { ASCII } from "./memory-terms.ts";

/** Documents per INSERT statement. */
const WRITE_BATCH = 1000;

/**
 * SQL that replaces punctuation by spaces before to_tsvector, so "Columbia/HCA" or "I-205" index
 * as separate words, exactly as queries are split (the parser would keep them as one token).
 */
const alnum = (expr: string) => `regexp_replace(coalesce(${expr}, ''), '[^[:alnum:]]+', ' ', 'g')`;

const NOT_VOCABULARY_CHARACTER = /[^a-z0-9]+/;
/** The non-ASCII characters whose lower case (PostgreSQL's lower(), one character for one) is ASCII. */
const LOWER_TO_ASCII = /[\u0130\u212a]/g;

/**
 * lower() as PostgreSQL applies it to a UTF-8 database with a libc locale, as far as [a-z0-9]
 * words go: one character for one, so "İ" is "i" (JavaScript's "i̇" would split "İstanbul"), and
 * the Kelvin sign is "k". No other character lower-cases to ASCII.
 */
function lowerAsPostgres(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase(); // printable ASCII: the common case
  return text.replace(LOWER_TO_ASCII, (c) => (c === "\u0130" ? "i" : "k")).toLowerCase();
}

/**
 * The SQL engine's vocabulary words of a document (search_term, for typo corrections): its
 * text, speaker and article title lower-cased and split on anything but [a-z0-9], 2 to 40
 * characters. The rule the write SQL applied with `lower(concat_ws(' ', …))` and
 * `regexp_split_to_table(…, '[^a-z0-9]+')` (write-documents.integration.test.ts compares
 * them); accents are not folded (é splits "café" into "caf"), unlike the memory engine's
 * vocabulary (memory-terms.ts).
 */
export function sqlVocabularyOf(doc: SearchDocument): string[] {
  const text = lowerAsPostgres(
    [doc.text, doc.speaker, doc.articleTitle]
      .filter((t) => t !== null && t !== undefined)
      .join(" "),
  );
  return text.split(NOT_VOCABULARY_CHARACTER).filter((w) => w.length >= 2 && w.length <= 40);
}

/**
 * The distinct vocabulary words of `docs` not in `known`, sorted (concurrent writers insert them
 * in one order, so they never wait on each other in a cycle).
 */
export function vocabularyToWrite(docs: SearchDocument[], known?: ReadonlySet<string>): string[] {
  const words = new Set<string>();
  for (const doc of docs) {
    for (const w of sqlVocabularyOf(doc)) if (!known?.has(w)) words.add(w);
  }
  return [...words].sort();
}

/** The last document of each id (a batch may name one twice), in first-seen order. */
export function uniqueById(docs: SearchDocument[]): SearchDocument[] {
  return [...new Map(docs.map((d) => [d.id, d])).values()];
}

const WRITE_SQL = (
  table: string,
) => `with input as (select d from jsonb_array_elements($2::jsonb) d),
  written as (
    insert into ${table} as s (index_uid, id, type, doc, body, tsv, claim_key, speaker,
      verdict, status, outlet, kind, date, checkworthiness, updated_at)
    select $1, d->>'id', d->>'type', d, d->>'text',
      setweight(to_tsvector('english', ${alnum("d->>'text'")}), 'A') ||
      setweight(to_tsvector('simple', ${alnum("d->>'speaker'")}), 'B') ||
      setweight(to_tsvector('english', ${alnum(`concat_ws(' ',
        (select string_agg(t, ' ') from jsonb_array_elements_text(d->'tags') t),
        d->>'context', d->>'articleTitle', d->>'externalId')`)}), 'C') ||
      setweight(to_tsvector('english', ${alnum("concat_ws(' ', d->>'outlet', d->>'byline', d->>'body')")}), 'D'),
      coalesce(d->>'claimKey', d->>'id'), d->>'speaker', d->>'verdict', d->>'status',
      d->>'outlet', d->>'kind', (d->>'date')::timestamptz, (d->>'checkworthiness')::real, now()
    from input
    on conflict (index_uid, id) do update set txid = pg_current_xact_id(),
      type = excluded.type, doc = excluded.doc,
      body = excluded.body, tsv = excluded.tsv, claim_key = excluded.claim_key,
      speaker = excluded.speaker, verdict = excluded.verdict, status = excluded.status,
      outlet = excluded.outlet, kind = excluded.kind, date = excluded.date,
      checkworthiness = excluded.checkworthiness, updated_at = now()
    returning 1
  )
  insert into search_term (index_uid, term)
  select $1, w from unnest($3::text[]) w
  on conflict do nothing`;

/**
 * Upserts `docs` (distinct ids) into `table` for physical index `uid`, with their vocabulary
 * words: `words` when given (the caller knows which are new), else all of theirs. One
 * statement per WRITE_BATCH documents.
 */
export async function writeDocuments(
  client: pg.Pool | pg.PoolClient,
  uid: string,
  docs: SearchDocument[],
  options: { table?: string; words?: string[] } = {},
): Promise<void> {
  const sql = WRITE_SQL(options.table ?? "search_document");
  for (let i = 0; i < docs.length; i += WRITE_BATCH) {
    const batch = docs.slice(i, i + WRITE_BATCH);
    const words =
      options.words === undefined
        ? vocabularyToWrite(batch)
        : i === 0
          ? options.words // once, with the first statement
          : [];
    await client.query(sql, [uid, JSON.stringify(batch), words]);
  }
}
