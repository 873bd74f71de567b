// The search results render plain anchors (decision 023): the same hrefs a Remix <Link> gave,
// without a router in the render, so the server builds no link machinery per hit.
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HitList, type PageHit } from "../app/components/search/hit-list.tsx";

const hit = (patch: Partial<PageHit>): PageHit => ({
  type: "statement",
  id: "s1",
  claimId: null,
  articleId: "a1",
  speaker: null,
  kind: null,
  outlet: null,
  date: null,
  shown: "text",
  body: null,
  verdict: null,
  status: null,
  variants: [],
  appearances: [],
  appearanceCount: 0,
  ...patch,
});

describe("HitList", () => {
  it("links each hit, its speaker and its other wordings as plain anchors, outside a router", () => {
    const html = renderToString(
      <HitList
        hits={[
          hit({ type: "claim", id: "c1", shown: "a <mark>tax</mark> claim" }),
          hit({
            id: "s2",
            claimId: "c2",
            speaker: "jane-doe",
            variants: [{ statementId: "s3", articleId: "a3", articleTitle: "T3", text: "v" }],
          }),
          hit({ id: "s4", articleId: "a4" }),
        ]}
      />,
    );
    const hrefs = [...html.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual([
      "/claims/c1",
      "/speakers?name=jane-doe",
      "/claims/c2",
      "/articles/a3",
      "/articles/a4",
    ]);
    expect(html).toContain("<mark>tax</mark>");
    expect(html).not.toContain("data-discover");
    // j / k move through the hits' own links
    expect(html.match(/data-list-item=""/g)).toHaveLength(3);
  });
});
