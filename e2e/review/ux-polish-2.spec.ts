import { publishClaim } from "@claimdesk/core/publishing";
import { createCheckedClaim } from "@claimdesk/core/testing";
import { createDb } from "@claimdesk/db";
import { expect, expectNoSidewaysScroll, screenshot, signIn, test } from "../support/fixtures.ts";
import { readState } from "../support/stack.ts";

// Second review pass: search history, long links on phones, list cards, focus after removing
// evidence. Each check is something a person saw go wrong.

/** A published fact-check whose rationale holds a long link, as editors paste them. */
async function publishedWithLongLink() {
  const db = createDb(readState().databaseUrl, { max: 2 });
  try {
    const checked = await createCheckedClaim(db);
    await db.rating.update({
      where: { id: checked.rating.id },
      data: {
        rationale:
          "The county's report (https://www.example.gov/statistics/health/vaccination/rural-clinics/annual-report-2024-final-version-with-appendix.pdf) shows 41,300 vehicles a day.",
      },
    });
    const { slug } = await publishClaim(db, {
      claimId: checked.claim.id,
      actorId: checked.editor.id,
    });
    return { slug, claimId: checked.claim.id };
  } finally {
    await db.$disconnect();
  }
}

test("Back from the second page of results returns to the first, with the same search", async ({
  page,
  makeUser,
}) => {
  await signIn(page, await makeUser("reviewer"));
  // Starts with "Statement" ticked: with the outside checks a first run imports, an empty
  // search's first 1,000 records (where facet counts stop) can all be claims.
  await page.goto("/search?type=statement");
  const pages = page.getByRole("navigation", { name: "Result pages" });
  await expect(pages).toContainText("Page 1 of");
  await pages.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/\/search\?type=statement&page=2$/);
  await expect(pages).toContainText("Page 2 of");

  await page.goBack();
  await expect(page).toHaveURL(/\/search\?type=statement$/);
  await expect(pages).toContainText("Page 1 of");
  await expect(page.getByRole("checkbox", { name: /^Statement \d+$/ })).toBeChecked();
  await page.goForward();
  await expect(pages).toContainText("Page 2 of");

  // The header's Search link starts a new search instead of keeping the old one on screen.
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Search" })
    .click();
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);
});

test("search results keep the card's side padding", async ({ page, makeUser }) => {
  await signIn(page, await makeUser("reviewer"));
  await page.goto("/search?q=percent");
  const list = page.locator("ol.hits");
  const card = await list.boundingBox();
  const text = await list.locator(".hit-text").first().boundingBox();
  expect((text?.x ?? 0) - (card?.x ?? 0)).toBeGreaterThanOrEqual(16);
});

test("a long link in a verdict wraps on a phone: public page and claim page", async ({
  page,
  makeUser,
}) => {
  const { slug, claimId } = await publishedWithLongLink();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/fact-checks/${slug}`);
  await expect(page.getByRole("heading", { name: /Our verdict/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /annual-report-2024/ })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await screenshot(page, "fact-check-phone");

  await page.goto("/fact-checks");
  await expectNoSidewaysScroll(page);

  await signIn(page, await makeUser("reviewer"));
  await page.goto(`/claims/${claimId}`);
  await expect(page.locator(".rationale")).toContainText("annual-report-2024");
  await expectNoSidewaysScroll(page);
});

test("removing evidence leaves keyboard focus on its Undo button, and undo on Remove", async ({
  page,
  makeUser,
}) => {
  // A claim of its own (rated, not published), so the shared demo claims stay as they were.
  const db = createDb(readState().databaseUrl, { max: 2 });
  const { claim } = await createCheckedClaim(db, { stage: "draft" }).finally(() =>
    db.$disconnect(),
  );
  await signIn(page, await makeUser("reviewer"));
  await page.goto(`/claims/${claim.id}`);
  const evidence = page.getByRole("region", { name: /^Evidence/ });
  const item = evidence.getByRole("listitem").filter({ hasText: "State traffic counts 2025" });
  await item.getByRole("button", { name: "Remove", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(evidence.getByRole("status")).toHaveText("Evidence removed.");
  const removed = evidence.locator(".removed li").filter({ hasText: "State traffic counts 2025" });
  await expect(removed.getByRole("button", { name: "Undo removal" })).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(evidence.getByRole("status")).toHaveText("Evidence restored.");
  await expect(item.getByRole("button", { name: "Remove", exact: true })).toBeFocused();
});

test("reversed search dates say so, and the articles list writes statuses like the badges", async ({
  page,
  makeUser,
}) => {
  await signIn(page, await makeUser("reviewer"));
  await page.goto("/search?q=percent&from=2025-06-01&to=2025-01-01");
  await expect(page.getByRole("alert")).toHaveText(
    "“To” is before “From”: nothing can match. Swap the dates.",
  );
  await expect(page.getByLabel("To")).toHaveAccessibleDescription(
    "“To” is before “From”: nothing can match. Swap the dates.",
  );
  await page.goto("/search?q=percent&from=2025-01-01&to=2025-06-01");
  await expect(page.getByRole("alert")).toHaveCount(0);

  await page.goto("/articles");
  await expect(page.locator("main .status").first()).toHaveText(/^[A-Z]/);
  await expect(page.locator("main .status", { hasText: /^ready$/ })).toHaveCount(0);
});
