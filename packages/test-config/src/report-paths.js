// Where the test runners write their own results, relative to the package that ran them. The
// vitest and Playwright configurations write them; `claimdesk test` reads them for its summary
// (and turbo keeps them as the test task's outputs, so a cached task keeps its counts).
// Plain JavaScript: config files load it with Node's own loader, before any TypeScript runs.
export const VITEST_REPORT_FILE = "test-reports/vitest.json";
export const PLAYWRIGHT_REPORT_FILE = "test-reports/playwright.json";
export const PLAYWRIGHT_CANARY_REPORT_FILE = "test-reports/playwright-canary.json";
/** Set to "1" by `claimdesk test` when it runs the deliberately failing canaries. */
export const CANARY_ENV = "CLAIMDESK_TEST_CANARY";
