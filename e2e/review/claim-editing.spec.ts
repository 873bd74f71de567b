import { createCheckedClaim } from "@claimdesk/core/testing";
import { createDb, type Db } from "@claimdesk/db";
import { expect, expectNoSidewaysScroll, screenshot, signIn, test } from "../support/fixtures.ts";
import { readState } from "../support/stack.ts";

// A reviewer tags a claim, merges a duplicate into it (checking first what moves), opens the
// duplicate's old address and lands on the survivor, then splits a compound claim, giving one
// of its appearances to the new claim.
test.describe
  .serial("claim editing: tags, merge and split", () => {
    let db: Db;
    const stamp = Date.now();
    let survivor = { id: "", text: "" };
    let duplicate = { id: "", text: "" };
    let compound = { id: "", text: "", secondQuote: "" };

    test.beforeAll(async () => {
      db = createDb(readState().databaseUrl, { max: 2 });
      const a = await createCheckedClaim(db, {
        stage: "draft",
        text: `The tunnel carries 48,000 cars a day (e2e ${stamp})`,
      });
      const b = await createCheckedClaim(db, {
        stage: "draft",
        text: `The tunnel has 48,000 cars in it every day (e2e ${stamp})`,
      });
      survivor = { id: a.claim.id, text: a.claim.text };
      duplicate = { id: b.claim.id, text: b.claim.text };
      const c = await createCheckedClaim(db, {
        stage: "draft",
        text: `Rents rose 20 percent and wages fell (e2e ${stamp})`,
      });
      const secondQuote = `Wages fell by 3 percent last year (e2e ${stamp})`;
      await db.article.update({
        where: { id: c.article.id },
        data: { body: `Intro. "${c.claim.text}," said Vasquez. "${secondQuote}," she added.` },
      });
      const start = `Intro. "${c.claim.text}," said Vasquez. "`.length;
      await db.statement.create({
        data: {
          articleId: c.article.id,
          kind: "direct_quote",
          text: secondQuote,
          start,
          end: start + secondQuote.length,
          fingerprint: c.claim.fingerprint,
          claimId: c.claim.id,
        },
      });
      compound = { id: c.claim.id, text: c.claim.text, secondQuote };
    });
    test.afterAll(async () => {
      await db.$disconnect();
    });

    test("tags a claim, then merges a duplicate into it after reading what moves", async ({
      page,
      makeUser,
    }) => {
      await signIn(page, await makeUser("reviewer"));
      await page.goto(`/claims/${survivor.id}`);
      // Typed before the page hydrates, the text can be lost on a slow machine.
      await page.waitForLoadState("networkidle");
      await page.getByPlaceholder("Add tags, separated by commas").fill("Transport, tunnels");
      await page.getByRole("button", { name: "Add tags" }).click();
      await expect(page.getByRole("status")).toHaveText("Tagged: transport, tunnels.");
      const tags = page.getByRole("list", { name: "Tags" });
      await expect(tags.getByRole("link")).toHaveText(["transport", "tunnels"]);

      await page.goto(`/claims/${duplicate.id}`);
      await page.getByText("Merge into another claim", { exact: true }).click();
      await page.getByLabel("The claim this one duplicates").fill(`/claims/${survivor.id}`);
      await page.getByRole("button", { name: "Check the merge" }).click();
      const preview = page.getByRole("region", { name: "Merge preview" });
      await expect(preview).toContainText("1 appearance move to the surviving claim.");
      await expect(preview).toContainText("1 source of evidence move");
      await expect(preview).toContainText("kept in the surviving claim's history as superseded");
      await screenshot(page, "claim-merge-preview-1280");
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSidewaysScroll(page);
      await screenshot(page, "claim-merge-preview-390");
      await page.setViewportSize({ width: 1280, height: 800 });

      await preview.getByRole("button", { name: "Merge into the other claim" }).click();
      await expect(page).toHaveURL(new RegExp(`/claims/${survivor.id}\\?merged=${duplicate.id}$`));
      await expect(page.getByText("The claim you opened was merged into this one")).toBeVisible();
      const history = page.getByLabel("Wording and merges");
      await expect(history).toContainText(duplicate.text);
      const appearances = page.getByRole("region", { name: "Appearances (2)" });
      await expect(appearances.locator("mark")).toHaveText([survivor.text, duplicate.text]);

      // The duplicate's old address leads to the survivor.
      await page.goto(`/claims/${duplicate.id}`);
      await expect(page).toHaveURL(new RegExp(`/claims/${survivor.id}\\?merged=`));
      await expect(page.getByRole("heading", { level: 1 })).toContainText(survivor.text);
    });

    test("splits a compound claim, giving one appearance to the new claim", async ({
      page,
      makeUser,
    }) => {
      await signIn(page, await makeUser("reviewer"));
      await page.goto(`/claims/${compound.id}`);
      await page.getByText("Split into several claims", { exact: true }).click();
      await page
        .getByLabel("Part 1 (stays this claim)")
        .fill(`Rents rose 20 percent (e2e ${stamp})`);
      await page.getByLabel("Part 2 (a new claim)").fill(`Wages fell last year (e2e ${stamp})`);
      await page
        .getByLabel(new RegExp(`Appearance: “${compound.secondQuote.slice(0, 30)}`))
        .selectOption("2");
      await screenshot(page, "claim-split-1280");
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSidewaysScroll(page);
      await screenshot(page, "claim-split-390");
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByRole("button", { name: "Split the claim" }).click();
      await expect(page.getByRole("status")).toContainText("Split: 2 claims now.");
      await expect(page.getByRole("heading", { level: 1 })).toContainText(
        "Rents rose 20 percent (e2e",
      );
      const history = page.getByLabel("Wording and merges");
      await expect(history).toContainText(`First worded: ${compound.text}`);

      await history.getByRole("link", { name: `Wages fell last year (e2e ${stamp})` }).click();
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Wages fell last year");
      const appearances = page.getByRole("region", { name: "Appearances (1)" });
      await expect(appearances.locator("mark")).toHaveText([compound.secondQuote]);
    });
  });
