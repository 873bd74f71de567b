import { randomBytes } from "node:crypto";
import { createCheckedClaim } from "@claimdesk/core/testing";
import { createDb, type Db } from "@claimdesk/db";
import { expect, expectNoSidewaysScroll, screenshot, signIn, test } from "../support/fixtures.ts";
import { readState } from "../support/stack.ts";

// A desk lead narrows the dashboard to a date range and clicks a verdict bar through to the
// search filtered by that speaker and verdict.
test.describe
  .serial("the dashboard", () => {
    let db: Db;
    let speaker = "";

    test.beforeAll(async () => {
      db = createDb(readState().databaseUrl, { max: 2 });
      const checked = await createCheckedClaim(db, {
        text: `The tunnel opens in 2027 (e2e ${randomBytes(3).toString("hex")})`,
      });
      speaker = checked.speaker.name;
    });
    test.afterAll(async () => {
      await db.$disconnect();
    });

    test("the date range filters every chart, and a bar leads to the filtered search", async ({
      page,
      makeUser,
    }) => {
      await signIn(page, await makeUser("editor"));
      await page.goto("/dashboard");
      const bySpeaker = page.getByRole("figure", { name: "Verdicts by speaker" });
      await expect(bySpeaker).toContainText(speaker);
      await screenshot(page, "dashboard-1280");

      // a range with no work: the charts say so
      await page.getByLabel("From", { exact: true }).fill("2020-01-01");
      await page.getByLabel("To", { exact: true }).fill("2020-01-31");
      await page.getByRole("button", { name: "Show" }).click();
      await expect(page).toHaveURL(/from=2020-01-01&to=2020-01-31/);
      await expect(bySpeaker).toContainText("No verdicts in this range.");
      await expect(page.getByText("2020-01-01 to 2020-01-31")).toBeVisible();

      // back to a range with today in it; the table view links like the bars do
      const today = new Date().toISOString().slice(0, 10);
      // (the dashboard reads at most two years at once)
      const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
      await page.goto(`/dashboard?from=${monthAgo}&to=${today}`);
      await bySpeaker.getByText("Show as a table").click();
      await bySpeaker
        .getByRole("row", { name: new RegExp(speaker) })
        .getByRole("link")
        .click();
      await expect(page).toHaveURL(/\/search\?/);
      const url = new URL(page.url());
      expect(url.searchParams.get("speaker")).toBe(speaker);
      expect(url.searchParams.get("verdict")).toBe("Mostly False");
      expect(url.searchParams.get("type")).toBe("claim");
      expect(url.searchParams.get("from")).toBe(monthAgo);

      // the bar itself links to the same list
      await page.goto(`/dashboard?from=${monthAgo}&to=${today}`);
      const bar = bySpeaker.getByRole("link", { name: `${speaker}, Mostly False: 1` });
      await expect(bar).toHaveAttribute("href", /speaker=/);
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSidewaysScroll(page);
      await screenshot(page, "dashboard-390");
    });
  });
