// Deliberately failing: `claimdesk test` runs this file alone (CLAIMDESK_TEST_CANARY=1) through
// the journeys' own configuration and global setup (database, web server, worker), and fails
// the whole run unless Playwright exits non-zero with exactly this test failed.
import { expect, test } from "@playwright/test";

test("canary: a failing assertion in a browser journey fails the run", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("this heading does not exist", {
    timeout: 2_000,
  });
});
