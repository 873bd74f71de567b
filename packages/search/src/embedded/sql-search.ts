// The SQL engine's search (SEARCH_EMBEDDED_ENGINE=sql): one statement over search_document that
// matches (full text or trigram), ranks the best candidates by word similarity, collapses per
// claim key, counts facets and pages, then fetches the page's documents for highlights.
import type pg from "pg";
import { hitFromDocument } from "../hit-from-document.ts";
import {
  type FacetField,
  HIGHLIGHT_POST,
  HIGHLIGHT_PRE,
  MAX_TOTAL_HITS,
  type SearchDocument,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from "../types.ts";

/** Matching documents ranked per query at most (the rest are not scored). */
const CANDIDATE_CAP = 1000;
/** Facet values returned per facet, most frequent first (Meilisearch's maxValuesPerFacet). */
const MAX_VALUES_PER_FACET = 100;
/** Candidates (best text rank first) whose trigram word similarity to the query is computed. */
const SIMILARITY_CAP = 150;
/** word_similarity threshold of the last-resort trigram stage. */
const TRIGRAM_THRESHOLD = 0.55;
const FACET_COLUMN: Record<FacetField, string> = {
  type: "type",
  speaker: "speaker",
  verdict: "verdict",
  status: "status",
  outlet: "outlet",
  kind: "kind",
  tags: "tag",
};

export interface RunInput {
  query: SearchQuery;
  uids: string[];
  facets: FacetField[];
  limit: number;
  offset: number;
  match: { kind: "fts" | "trigram"; tsquery: string; rank: string; raw: string } | null;
}

interface RawHit {
  doc: SearchDocument;
  score: number;
  text: string | null;
  body: string | null;
}

type RawFacets = Record<string, Record<string, number>>;
export interface RawResult {
  total: number;
  hits: SearchHit[];
  facets: SearchResult["facets"];
}

function sortClause(query: SearchQuery): string {
  const parts: string[] = [];
  for (const sort of query.sort ?? []) {
    const dir = sort.direction === "asc" ? "asc" : "desc";
    const nulls = "nulls last";
    if (sort.field === "date") parts.push(`date ${dir} ${nulls}`);
    else if (sort.field === "checkworthiness") parts.push(`checkworthiness ${dir} ${nulls}`);
  }
  parts.push("score desc", "date desc nulls last", "id");
  return parts.join(", ");
}

function toHit(raw: RawHit): SearchHit {
  const highlight = { text: raw.text ?? raw.doc.text, body: raw.body ?? null };
  return hitFromDocument(raw.doc, highlight, Number(raw.score));
}

export async function runSqlSearch(pool: pg.Pool, input: RunInput): Promise<RawResult> {
  const { query, uids, facets, limit, offset, match } = input;
  const params: unknown[] = [uids];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = ["d.index_uid = any($1::text[])"];
  const f = query.filters ?? {};
  for (const field of ["speaker", "verdict", "status", "outlet", "kind"] as const) {
    const values = f[field];
    if (values && values.length > 0) where.push(`d.${field} = any(${p(values)}::text[])`);
  }
  if (f.tags && f.tags.length > 0) where.push(`(d.doc->'tags') ?| ${p(f.tags)}::text[]`);
  if (f.dateFrom) where.push(`d.date >= ${p(f.dateFrom)}::timestamptz`);
  if (f.dateTo) where.push(`d.date <= ${p(f.dateTo)}::timestamptz`);

  let textRank = "0::float8";
  let scoreExpr = "0::float8";
  let headline = "d.body";
  let crop = "left(d.doc->>'body', 240)";
  let candidateOrder = "";
  let qr = "";
  if (match) {
    qr = `to_tsquery('english', ${p(match.rank)})`;
    const raw = p(match.raw);
    if (match.kind === "fts") {
      where.push(`d.tsv @@ to_tsquery('english', ${p(match.tsquery)})`);
    } else {
      where.push(`${raw} <% d.body`);
    }
    // ts_rank_cd is cheap; word_similarity (trigrams of every candidate's text) is not, so it
    // is computed for the SIMILARITY_CAP candidates with the best text rank only (the others
    // score as if it were 0). Known-item queries have fewer candidates than that.
    textRank = `ts_rank_cd(d.tsv, ${qr}, 32)::float8`;
    scoreExpr = `(0.4 * d.text_rank + 0.6 * case when d.pre <= ${SIMILARITY_CAP}
      then word_similarity(${raw}, d.body) else 0 end)::float8`;
    const opts = `'StartSel=${HIGHLIGHT_PRE}, StopSel=${HIGHLIGHT_POST}`;
    headline = `ts_headline('english', d.body, ${qr}, ${opts}, HighlightAll=true')`;
    crop = `case when d.doc->>'body' is null then null else ts_headline('english', d.doc->>'body', ${qr}, ${opts}, MaxWords=35, MinWords=15')  end`;
  } else {
    candidateOrder = "order by d.date desc nulls last, d.id";
  }
  const order = sortClause(query);
  const facetSql =
    facets.length === 0
      ? "'{}'::jsonb"
      : `(select coalesce(jsonb_object_agg(f, counts), '{}'::jsonb) from (
           select f, jsonb_object_agg(v, c) as counts from (
            select *, row_number() over (partition by f order by c desc, v) as rn from (
             ${facets
               .map((facet) =>
                 facet === "tags"
                   ? `select 'tags' as f, tag as v, count(*) as c
                      from hits, jsonb_array_elements_text(hits.tags) as tag group by 2`
                   : `select '${facet}' as f, ${FACET_COLUMN[facet]} as v, count(*) as c
                      from hits where ${FACET_COLUMN[facet]} is not null group by 2`,
               )
               .join(" union all ")}
           ) x0) x where rn <= ${MAX_VALUES_PER_FACET} group by f) y)`;
  // Candidates carry narrow columns only (no doc, no tsv); the page's documents are fetched
  // by primary key at the end.
  const sql = `
    with candidates as (
      select d.index_uid, d.id, d.type, d.body, d.claim_key, d.speaker, d.verdict, d.status,
        d.outlet, d.kind, d.date, d.checkworthiness, d.doc->'tags' as tags, ${textRank} as text_rank
      from search_document d where ${where.join(" and ")}
      ${candidateOrder} limit ${CANDIDATE_CAP}
    ),
    scored as (
      select d.*, ${scoreExpr} as score
      from (select *, row_number() over (order by text_rank desc, id) as pre from candidates) d
    ),
    hits as (
      select distinct on (index_uid, claim_key) * from scored
      order by index_uid, claim_key, score desc, id
    ),
    page as (
      select *, row_number() over (order by ${order}) as ord from hits
      order by ${order} limit ${p(limit)} offset ${p(offset)}
    )
    select
      -- at the candidate cap there are more matches than were counted: "1000+"
      (select case when (select count(*) from candidates) >= ${CANDIDATE_CAP}
         then greatest(count(*), ${MAX_TOTAL_HITS}) else count(*) end from hits)::int as total,
      (select coalesce(jsonb_agg(jsonb_build_object('doc', d.doc, 'score', d.score,
         'text', ${headline}, 'body', ${crop}) order by d.ord), '[]'::jsonb)
       from (select p.*, s.doc from page p
             join search_document s on s.index_uid = p.index_uid and s.id = p.id) d) as hits,
      ${facetSql} as facets`;
  const run = async (client: pg.Pool | pg.PoolClient) =>
    client.query<{ total: number; hits: RawHit[]; facets: RawFacets }>(sql, params);
  let rows: { total: number; hits: RawHit[]; facets: RawFacets }[];
  if (match?.kind === "trigram") {
    const client = await pool.connect();
    try {
      // One round trip (a multi-statement simple query).
      await client.query(
        `begin; set local pg_trgm.word_similarity_threshold = ${TRIGRAM_THRESHOLD}; set local enable_seqscan = off`,
      );
      rows = (await run(client)).rows;
      await client.query("commit");
    } catch (error) {
      await client.query("rollback").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  } else {
    rows = (await run(pool)).rows;
  }
  const row = rows[0] ?? { total: 0, hits: [], facets: {} };
  const facetCounts = emptyFacets(facets);
  for (const [facet, counts] of Object.entries(row.facets ?? {})) {
    facetCounts[facet as FacetField] = Object.fromEntries(
      Object.entries(counts).map(([k, v]) => [k, Number(v)]),
    );
  }
  return { total: row.total, hits: row.hits.map(toHit), facets: facetCounts };
}

export function emptyFacets(facets: FacetField[]): SearchResult["facets"] {
  return Object.fromEntries(facets.map((f) => [f, {}]));
}
