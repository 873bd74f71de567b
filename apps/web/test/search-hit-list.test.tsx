// The search results render plain anchors (decision 023): the same hrefs a Remix <Link> gave,
// without a router in the render, so the server builds no link machinery per hit. The list's
// markup is a string made once per result (hit-markup.ts) and written by HitList as it is, so
// every text in it must be escaped where it is made.
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HitList } from "../app/components/search/hit-list.tsx";
import { escapeHtml } from "../app/components/search/hit-markup.ts";
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
    expect(html).toContain('<span class="type-tag">Claim</span></div>');
    expect(html).toContain('<p class="small-text">the <mark>body</mark></p>');
    expect(html).toContain("Said in: <span>");
    expect(html).toContain("</span> and 2 more</div>");
    // no comment between adjacent text nodes anywhere in the list
    expect(html).not.toContain("<!-- -->");
  });

  it("escapes every text and attribute taken from a document; only the highlighter's marks stay markup", () => {
    const nasty = `<img src=x onerror="alert(1)">&'`;
    const view = toPageView(
      result([
        hit({
          type: "article",
          id: `a"><script>`,
          highlight: `<mark>${nasty}</mark> and ${nasty}`,
          body: `<b>${nasty}</b>`,
          speaker: nasty,
          outlet: nasty,
          verdict: nasty,
          status: `x" onclick="y`,
          variants: [{ statementId: "s1", articleId: `a1"x`, articleTitle: nasty, text: nasty }],
          appearances: [{ statementId: "s2", articleId: "a2", articleTitle: nasty, text: nasty }],
          appearanceCount: 1,
        }),
      ]),
    );
    const html = renderToString(<HitList hits={view.hits} />);
    expect(html).not.toMatch(/<img|<script|<b>|onerror="|onclick="/);
    expect(html).toContain(`<mark>${escapeHtml(nasty)}</mark> and ${escapeHtml(nasty)}`);
    expect(html).toContain('href="/articles/a&quot;&gt;&lt;script&gt;"');
    expect(html).toContain('class="status status-x&quot; onclick=&quot;y"');
    expect(escapeHtml(nasty)).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#x27;");
    // the same text twice in a row is escaped both times (no state kept between calls)
    expect(escapeHtml("a&b")).toBe("a&amp;b");
    expect(escapeHtml("a&b")).toBe("a&amp;b");
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
