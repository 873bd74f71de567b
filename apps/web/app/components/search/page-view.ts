import { statementKindLabel } from "@claimdesk/db/statement-kinds";
import { formatDay } from "~/lib/dates.ts";

/** Values listed per facet. */
export const FACET_VALUES_SHOWN = 12;

/** Another statement a hit stands for: a wording folded into it, or where a claim was said. */
export type HitLink = {
  statementId: string;
  articleId: string;
  articleTitle: string;
  text: string;
};

/** A search result as the search API and the search package's cached page give it. */
export type SearchPageLike = {
  totalHits: number;
  page: number;
  pageCount: number;
  hits: {
    type: string;
    id: string;
    text: string;
    highlight: string;
    body: string | null;
    speaker: string | null;
    verdict: string | null;
    status: string | null;
    outlet: string | null;
    kind: string | null;
    claimId: string | null;
    articleId: string | null;
    date: string | null;
    variants: HitLink[];
    appearances: HitLink[];
    appearanceCount: number;
  }[];
  facets: Record<string, Record<string, number>>;
};

/** A hit as the page renders it: only what it shows, each piece of text ready. */
export type PageHit = {
  type: string;
  href: string;
  speaker: string | null;
  /** " · kind · outlet · day" after the speaker, each part present */
  meta: string;
  /** the hit's text, highlighted where it matched */
  shown: string;
  /** an article's cropped body (other hits have none shown) */
  body: string | null;
  verdict: string | null;
  status: string | null;
  variants: HitLink[];
  appearances: HitLink[];
  /** appearances not listed */
  moreAppearances: number;
};

/** What the page shows of a search result, and all its loader sends for it. */
export type PageView = {
  totalHits: number;
  page: number;
  pageCount: number;
  hits: PageHit[];
  /** hits on this page (the loader may send `hits` as null: lib/document-parts.ts) */
  hitCount: number;
  /** [value, count] lists, most frequent first (an object would put numeric values first) */
  facets: Record<string, [string, number][]>;
};

function hitHref(hit: {
  type: string;
  id: string;
  claimId: string | null;
  articleId: string | null;
}) {
  if (hit.type === "claim") return `/claims/${hit.id}`;
  if (hit.type === "article") return `/articles/${hit.id}`;
  return hit.claimId ? `/claims/${hit.claimId}` : `/articles/${hit.articleId}`;
}

/**
 * One empty list for every hit without variants or appearances: the loader data's encoding
 * writes a list once however often it is referenced (most hits have neither).
 */
const NONE: HitLink[] = [];

function toView(result: SearchPageLike): PageView {
  return {
    totalHits: result.totalHits,
    page: result.page,
    pageCount: result.pageCount,
    hitCount: result.hits.length,
    hits: result.hits.map((hit) => ({
      type: hit.type,
      href: hitHref(hit),
      speaker: hit.speaker,
      meta:
        (hit.kind ? ` · ${statementKindLabel(hit.kind)}` : "") +
        (hit.outlet ? ` · ${hit.outlet}` : "") +
        (hit.date ? ` · ${formatDay(hit.date)}` : ""),
      shown: hit.highlight || hit.text,
      body: hit.type === "article" ? hit.body : null,
      verdict: hit.verdict,
      status: hit.status,
      variants: hit.variants.length > 0 ? hit.variants : NONE,
      appearances: hit.appearances.length > 0 ? hit.appearances : NONE,
      moreAppearances: Math.max(0, hit.appearanceCount - hit.appearances.length),
    })),
    facets: Object.fromEntries(
      Object.entries(result.facets).map(([facet, counts]) => [
        facet,
        Object.entries(counts)
          .sort((a, b) => b[1] - a[1])
          .slice(0, FACET_VALUES_SHOWN),
      ]),
    ),
  };
}

/**
 * Views already made, by result: the search package's result cache hands the server the same
 * page object while it is current (search.page), so a page's view is made once per cached
 * result, not on every render (decision 023). Results are never changed once made.
 */
const views = new WeakMap<SearchPageLike, PageView>();

/**
 * The page's view of a search result: each hit's text once (highlighted where it matched), its
 * link, its meta line, an article's body; the most frequent facet values.
 */
export function toPageView(result: SearchPageLike): PageView {
  let view = views.get(result);
  if (!view) {
    view = toView(result);
    views.set(result, view);
  }
  return view;
}
