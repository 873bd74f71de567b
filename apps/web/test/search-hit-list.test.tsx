// The search results render plain anchors (decision 023): the same hrefs a Remix <Link> gave,
// without a router in the render, so the server builds no link machinery per hit. The page's
// view of a result (page-view.ts) carries only what the list shows, made once per result.
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HitList } from "../app/components/search/hit-list.tsx";
import { type SearchPageLike, toPageView } from "../app/components/search/page-view.ts";

type Hit = SearchPageLike["hits"][number];

const hit = (patch: Partial<Hit>): Hit => ({
  type: "statement",
  id: "s1",
  text: "text",
  highlight: "",
  claimId: null,
  articleId: "a1",
  speaker: null,
  kind: null,
  outlet: null,
  date: null,
  body: null,
  verdict: null,
  status: null,
  variants: [],
  appearances: [],
  appearanceCount: 0,
  ...patch,
});

const result = (hits: Hit[], facets: SearchPageLike["facets"] = {}): SearchPageLike => ({
  totalHits: hits.length,
  page: 1,
  pageCount: 1,
  hits,
  facets,
});

describe("HitList", () => {
  it("links each hit, its speaker and its other wordings as plain anchors, outside a router", () => {
    const view = toPageView(
      result([
        hit({
          type: "claim",
          id: "c1",
          text: "a tax claim",
          highlight: "a <mark>tax</mark> claim",
        }),
        hit({
          id: "s2",
          claimId: "c2",
          speaker: "jane-doe",
          variants: [{ statementId: "s3", articleId: "a3", articleTitle: "T3", text: "v" }],
        }),
        hit({ id: "s4", articleId: "a4" }),
      ]),
    );
    const html = renderToString(<HitList hits={view.hits} />);
    const hrefs = [...html.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual([
      "/claims/c1",
      "/speakers?name=jane-doe",
      "/claims/c2",
      "/articles/a3",
      "/articles/a4",
    ]);
    expect(html).toContain("<mark>tax</mark>");
    expect(html).toContain("Also worded as: <span>");
    expect(html).toContain(">“v”</a>");
    expect(html).not.toContain("data-discover");
    // j / k move through the hits' own links
    expect(html.match(/data-list-item=""/g)).toHaveLength(3);
  });

  it("writes each hit's meta line as one piece of text, and an article's body only", () => {
    const view = toPageView(
      result([
        hit({
          speaker: "jane-doe",
          kind: "direct_quote",
          outlet: "Herald",
          date: "2023-11-23T00:00:00.000Z",
          body: "not shown for a statement",
        }),
        hit({ type: "article", id: "a9", body: "the <mark>body</mark>" }),
        hit({
          type: "claim",
          id: "c3",
          appearances: [{ statementId: "s7", articleId: "a7", articleTitle: "T7", text: "said" }],
          appearanceCount: 3,
        }),
      ]),
    );
    expect(view.hits.map((h) => h.meta)).toEqual([" · direct quote · Herald · 2023-11-23", "", ""]);
    expect(view.hits.map((h) => h.body)).toEqual([null, "the <mark>body</mark>", null]);
    const html = renderToString(<HitList hits={view.hits} />);
    expect(html).toContain("</a></span> · direct quote · Herald · 2023-11-23</div>");
    expect(html).not.toContain("not shown");
    expect(html).toContain('<p class="small-text">the <mark>body</mark></p>');
    expect(html).toContain("Said in: <span>");
    expect(html).toContain("</span> and 2 more</div>");
    // no comment between adjacent text nodes anywhere in the list
    expect(html).not.toContain("<!-- -->");
  });

  it("makes a result's view once, and lists each facet's most frequent values first", () => {
    const page = result([hit({})], { speaker: { b: 1, a: 5, c: 3 } });
    const view = toPageView(page);
    expect(toPageView(page)).toBe(view);
    expect(toPageView({ ...page })).not.toBe(view);
    expect(view.facets.speaker).toEqual([
      ["a", 5],
      ["c", 3],
      ["b", 1],
    ]);
  });
});
