// The search page's URL state (app/lib/search-params.ts) over the search package's query
// fields, limits and defaults (@claimdesk/search/query).
import { SEARCH_QUERY_LIMITS } from "@claimdesk/search/query";
import { describe, expect, it } from "vitest";
import { parseSearchParams, toSearchParams } from "~/lib/search-params.ts";

describe("parseSearchParams", () => {
  it("gives the defaults for an empty URL, and an empty URL for the defaults", () => {
    const state = parseSearchParams(new URLSearchParams());
    expect(state).toEqual({
      q: "",
      type: [],
      speaker: [],
      verdict: [],
      status: [],
      outlet: [],
      kind: [],
      tags: [],
      dateFrom: undefined,
      dateTo: undefined,
      sort: "relevance",
      page: 1,
    });
    expect(toSearchParams(state).toString()).toBe("");
  });

  it("keeps the query within the limits and drops what it does not know", () => {
    const params = new URLSearchParams({ q: "x".repeat(600), sort: "loudest", page: "99" });
    for (let i = 0; i < 25; i++) params.append("speaker", `s${i}`);
    for (const t of ["claim", "tweet", "article"]) params.append("type", t);
    params.set("from", "2024-5-1");
    params.set("to", "2024-05-31");
    const state = parseSearchParams(params);
    expect(state.q).toHaveLength(SEARCH_QUERY_LIMITS.text);
    expect(state.speaker).toHaveLength(SEARCH_QUERY_LIMITS.values);
    expect(state.type).toEqual(["claim", "article"]);
    expect(state.sort).toBe("relevance");
    expect(state.page).toBe(SEARCH_QUERY_LIMITS.pages);
    expect(state.dateFrom).toBeUndefined();
    expect(state.dateTo).toBe("2024-05-31");
    expect(parseSearchParams(new URLSearchParams({ page: "0" })).page).toBe(1);
  });

  it("round-trips a search through the URL", () => {
    const url =
      "q=tax&type=claim&speaker=A&speaker=B&tags=economy&from=2024-01-01&sort=newest&page=3";
    const state = parseSearchParams(new URLSearchParams(url));
    expect(state.sort).toBe("newest");
    expect(state.speaker).toEqual(["A", "B"]);
    expect(toSearchParams(state).toString()).toBe(url);
  });
});
