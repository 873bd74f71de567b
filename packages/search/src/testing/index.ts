// Test fixtures of search, for the tests of every package (`@claimdesk/search/testing`): the
// conformance suite every backend must pass, the documents it indexes and the claim matcher's
// published fact-checks. Product code never
// imports this entry (infra/tests/testing-entries.test.ts checks).
export { checkedClaim } from "./checked-claims.ts";
export { registerBackendConformance } from "./conformance.ts";
export { ARTICLE_DOCS, CLAIM_DOCS, makeDocument, STATEMENT_DOCS } from "./fixtures.ts";
export { createRng } from "./random.ts";
