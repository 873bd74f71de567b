import { ZSearchQueryInput } from "@claimdesk/api";
import { cachedSearchPage } from "@claimdesk/search";
import type { SearchState } from "~/lib/search-params.ts";
import { webServices } from "./services.server.ts";

/**
 * The search page's search: the search API's function (`cachedSearchPage`, which `search.query`
 * calls) and its input check, without the tRPC call around it. The caller has checked the
 * session's role as the procedure does (requireSession: a reviewer). The result is the result
 * cache's page itself, the same object while it is current, so the page makes its view once
 * per cached result (components/search/page-view.ts). The procedure's middleware chain (five
 * copies of its context) and its output check (20 hits of nested objects parsed and copied)
 * cost a search page about a tenth of its server CPU (decision 023). A bad input throws, as the
 * procedure did.
 */
export function searchForPage(state: SearchState) {
  return cachedSearchPage(webServices(), ZSearchQueryInput.parse(state));
}
