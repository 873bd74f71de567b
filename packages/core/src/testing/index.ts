// Test fixtures of core, for the tests of every package (`@claimdesk/core/testing`). Product code
// never imports this entry.
export { createCheckedClaim } from "./checked-claim.ts";
export { createTestUser, TEST_PASSWORD } from "./test-users.ts";
