import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useLocation, useNavigate, useNavigation } from "@remix-run/react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { IsoDateInput } from "~/components/iso-date-input.tsx";
import { HITS_PART, HitList } from "~/components/search/hit-list.tsx";
import { hitsMarkup, TYPE_LABEL } from "~/components/search/hit-markup.ts";
import { toPageView } from "~/components/search/page-view.ts";
import { SpeakerLink } from "~/components/speaker-link.tsx";
import { statusLabel } from "~/components/status-badge.tsx";
import { useClientNavigation } from "~/lib/client-navigation.ts";
import { leaveToDocument } from "~/lib/document-parts.ts";
import {
  FACETS,
  type Facet,
  parseSearchParams,
  type SearchState,
  toSearchParams,
} from "~/lib/search-params.ts";
import { useListKeys } from "~/lib/use-list-keys.ts";
import { log, requestIdOf } from "~/services/log.server.ts";
import { searchForPage } from "~/services/search-page.server.ts";
import { requireSession } from "~/services/session.server.ts";
import { useTRPC } from "~/trpc.ts";

export const meta: MetaFunction = () => [{ title: "Search · claimdesk" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  // The search API's rule: a reviewer.
  await requireSession(request);
  const state = parseSearchParams(new URL(request.url).searchParams);
  try {
    const { page, cached } = await searchForPage(state);
    const view = toPageView(page);
    // A document's HTML holds the list already: its hydration data need not hold it again.
    const inDocument = leaveToDocument(context, HITS_PART, () => hitsMarkup(view.hits));
    return { state, result: { ...view, hits: inDocument ? null : view.hits, cached }, error: null };
  } catch (error) {
    log.error({ err: error, requestId: requestIdOf(request) }, "search failed");
    return {
      state,
      result: null,
      error: "Search is unavailable right now. Try again in a moment.",
    };
  }
}

const FACET_LABEL: Record<Facet, string> = {
  type: "Kind of record",
  speaker: "Speaker",
  verdict: "Verdict",
  status: "Status",
  outlet: "Outlet",
  kind: "Statement kind",
  tags: "Tag",
};

/** How a facet's value is written in the filters. */
function facetValueLabel(facet: Facet, value: string): string {
  if (facet === "type") return TYPE_LABEL[value] ?? value;
  if (facet === "status") return statusLabel(value);
  return value.replace("_", " ");
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * The as-you-type search (the search API, after 200 ms without a change), in the browser only:
 * the server renders the loader's result and never runs this query, so it does not build one
 * either (decision 023). Which of the two a module gets is fixed where it runs, so the hooks
 * called are the same on every render there.
 */
function useBrowserLiveSearch(state: SearchState, touched: boolean) {
  const trpc = useTRPC();
  const debounced = useDebounced(state, 200);
  const query = useQuery({
    ...trpc.search.query.queryOptions(debounced),
    placeholderData: keepPreviousData,
    enabled: touched,
  });
  return { debounced, data: query.data, failed: Boolean(query.error), fetching: query.isFetching };
}

function useServerLiveSearch(state: SearchState, _touched: boolean) {
  return { debounced: state, data: undefined, failed: false, fetching: false };
}

const useLiveSearch = typeof document === "undefined" ? useServerLiveSearch : useBrowserLiveSearch;

export default function Search() {
  const initial = useLoaderData<typeof loader>();
  const [state, setStateRaw] = useState<SearchState>(initial.state);
  // The server rendered the first results; the browser fetches only once the user changes something.
  const [touched, setTouched] = useState(false);
  // A navigation to another URL of this page (a result page link, Back or Forward, the header's
  // Search link) brings new loader data: show its search, not what was typed before.
  const [loaded, setLoaded] = useState(initial);
  if (loaded !== initial) {
    setLoaded(initial);
    setStateRaw(initial.state);
    setTouched(false);
  }
  const setState: typeof setStateRaw = (next) => {
    setTouched(true);
    setStateRaw(next);
  };
  const query = useLiveSearch(state, touched);
  const { debounced } = query;
  const { pathname } = useLocation();
  useEffect(() => {
    if (!touched) return;
    // A debounced write can land after a result was opened (Enter on a result while the last
    // keystroke's search waits): it must never rewrite the page navigated to.
    if (window.location.pathname !== pathname) return;
    const search = toSearchParams(debounced).toString();
    window.history.replaceState(window.history.state, "", search ? `?${search}` : pathname);
  }, [debounced, touched, pathname]);
  const fetched = useMemo(
    () => (query.data ? { ...toPageView(query.data), cached: query.data.cached } : null),
    [query.data],
  );
  const result = touched ? (fetched ?? initial.result) : initial.result;
  const error = touched ? (query.failed ? "Search failed: try again." : null) : initial.error;
  const update = (patch: Partial<SearchState>) => setState((s) => ({ ...s, page: 1, ...patch }));
  // Result pages, ticking a facet and changing the sort are navigations (each a history entry,
  // so Back undoes them); typing and dates only replace the current entry.
  const navigate = useNavigate();
  const navigation = useNavigation();
  const go = (patch: Partial<SearchState>) => {
    const next = { ...state, page: 1, ...patch };
    setStateRaw(next);
    const search = toSearchParams(next).toString();
    navigate(search ? `?${search}` : ".", { preventScrollReset: true });
  };
  const toggle = (facet: Facet, value: string) => {
    const current = state[facet] as string[];
    go({
      [facet]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value],
    });
  };
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersOn = FACETS.reduce((n, f) => n + (state[f] as string[]).length, 0);
  const searching = query.fetching || navigation.state === "loading";
  useListKeys();
  // ISO days compare as strings.
  const datesReversed = Boolean(state.dateFrom && state.dateTo && state.dateTo < state.dateFrom);
  const pageHref = (page: number) => `${pathname}?${toSearchParams({ ...state, page }).toString()}`;
  // The results' and filters' links are plain anchors; this navigates them in the app.
  const onLinkClick = useClientNavigation();

  return (
    <div className="stack">
      <h1>Search</h1>
      <Form method="get" role="search" className="search-form" onSubmit={(e) => e.preventDefault()}>
        <div className="search-box">
          <label htmlFor="q" className="visually-hidden">
            Search statements, claims and articles
          </label>
          <input
            id="q"
            name="q"
            type="search"
            value={state.q}
            onChange={(e) => update({ q: e.target.value })}
            placeholder="Search statements, claims and articles (typos are fine)"
            autoComplete="off"
          />
          <label htmlFor="sort" className="visually-hidden">
            Sort
          </label>
          <select
            id="sort"
            name="sort"
            value={state.sort}
            onChange={(e) => go({ sort: e.target.value as SearchState["sort"] })}
          >
            <option value="relevance">Most relevant</option>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
            <option value="checkworthiness">Most check-worthy</option>
          </select>
          <noscript>
            <button type="submit">Search</button>
          </noscript>
        </div>
        {/* Clicks on the links inside (keyboard Enter on a link is a click too). */}
        <div className="search-layout" onClick={onLinkClick}>
          <button
            type="button"
            className="filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="search-filters"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {`${filtersOpen ? "Hide filters" : "Filters"}${filtersOn > 0 ? ` (${filtersOn} on)` : ""}`}
          </button>
          <aside
            id="search-filters"
            className="facets"
            aria-label="Filters"
            data-open={filtersOpen ? "true" : "false"}
          >
            {FACETS.map((facet) => {
              const counted = result?.facets[facet] ?? [];
              const selected = state[facet] as string[];
              // Selected values stay listed (count 0) when the result no longer has them.
              const values = [...counted];
              for (const v of selected)
                if (!counted.some(([value, count]) => value === v && count > 0))
                  values.push([v, 0]);
              if (values.length === 0) return null;
              return (
                <fieldset key={facet} className="facet">
                  <legend>{FACET_LABEL[facet]}</legend>
                  {values.map(([value, count]) => (
                    <label key={value} className="facet-option">
                      <input
                        type="checkbox"
                        name={facet}
                        value={value}
                        checked={selected.includes(value)}
                        onChange={() => toggle(facet, value)}
                      />
                      {` ${facetValueLabel(facet, value)} `}
                      <span className="count">{count}</span>
                      {facet === "speaker" ? (
                        <>
                          {" "}
                          <SpeakerLink name={value} className="small-text" plain>
                            page
                          </SpeakerLink>
                        </>
                      ) : null}
                    </label>
                  ))}
                </fieldset>
              );
            })}
            <fieldset className="facet">
              <legend>Date</legend>
              <label htmlFor="from">From</label>
              <IsoDateInput
                id="from"
                name="from"
                value={state.dateFrom}
                onChange={(day) => update({ dateFrom: day })}
              />
              <label htmlFor="to">To</label>
              <IsoDateInput
                id="to"
                name="to"
                value={state.dateTo}
                onChange={(day) => update({ dateTo: day })}
                describedBy={datesReversed ? "dates-reversed" : undefined}
              />
              {datesReversed ? (
                <p id="dates-reversed" role="alert" className="error-text small-text">
                  “To” is before “From”: nothing can match. Swap the dates.
                </p>
              ) : null}
            </fieldset>
            <noscript>
              <button type="submit">Apply filters</button>
            </noscript>
          </aside>
          <section className="results" aria-live="polite" aria-busy={searching}>
            {error ? (
              <p role="alert" className="error-text">
                {error}
              </p>
            ) : null}
            {result ? (
              <p className="muted" data-result-cache={result.cached ? "hit" : "miss"}>
                {`${result.totalHits >= 1000 ? "1000+" : result.totalHits} result${result.totalHits === 1 ? "" : "s"}${searching ? " · searching…" : ""}`}
                {result.hitCount > 1 ? (
                  <span className="keys-hint"> · keys: j / k to move, Enter to open</span>
                ) : null}
              </p>
            ) : null}
            {result && result.hitCount === 0 ? (
              <div className="card">
                <p>
                  {state.q
                    ? `Nothing matches “${state.q}”. Check the filters or try other words.`
                    : "Nothing to show with these filters."}
                </p>
              </div>
            ) : null}
            {result && result.hitCount > 0 ? <HitList hits={result.hits} /> : null}
            {result && result.pageCount > 1 ? (
              <nav className="pagination" aria-label="Result pages">
                {state.page > 1 ? (
                  <a href={pageHref(state.page - 1)} rel="prev">
                    ← Previous
                  </a>
                ) : (
                  <span />
                )}
                <span>{`Page ${state.page} of ${result.pageCount}`}</span>
                {state.page < result.pageCount ? (
                  <a href={pageHref(state.page + 1)} rel="next">
                    Next →
                  </a>
                ) : (
                  <span />
                )}
              </nav>
            ) : null}
          </section>
        </div>
      </Form>
    </div>
  );
}
