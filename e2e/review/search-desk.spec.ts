import { expect, expectNoSidewaysScroll, screenshot, signIn, test } from "../support/fixtures.ts";

// Search as a desk uses it all day: facets that keep the other values' counts, filters and sort
// that Back undoes, filters folded away on a phone, j/k through the results, a claim listed
// once with where it was said.

test("ticking a facet keeps the other values' counts, and Back undoes it", async ({
  page,
  makeUser,
}) => {
  await signIn(page, await makeUser("reviewer"));
  await page.goto("/search?q=percent");
  const kinds = page.getByRole("group", { name: "Kind of record" });
  const statement = kinds.getByRole("checkbox", { name: /^Statement \d+$/ });
  await expect(statement).toBeVisible();
  const statementLabel = await statement.getAttribute("value");
  expect(statementLabel).toBe("statement");
  await kinds.getByRole("checkbox", { name: /^Claim \d+$/ }).check();
  await expect(page).toHaveURL(/\/search\?q=percent&type=claim$/);
  await expect(page.locator(".hit .type-tag").first()).toHaveText("Claim");
  await expect(page.locator(".hit .type-tag").filter({ hasNotText: "Claim" })).toHaveCount(0);
  // Statements are still offered, with their count, although none are listed now.
  await expect(kinds.getByRole("checkbox", { name: /^Statement [1-9]\d*$/ })).not.toBeChecked();

  await page.getByLabel("Sort").selectOption("newest");
  await expect(page).toHaveURL(/\/search\?q=percent&type=claim&sort=newest$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=percent&type=claim$/);
  await expect(page.getByLabel("Sort")).toHaveValue("relevance");
  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=percent$/);
  await expect(kinds.getByRole("checkbox", { name: /^Claim \d+$/ })).not.toBeChecked();
});

test("a claim is listed once, with the articles it was said in", async ({ page, makeUser }) => {
  await signIn(page, await makeUser("reviewer"));
  // The demo article's claim (outside checks imported on first run have no appearances).
  await page.goto("/search?q=Marlow+County+vaccination");
  const claimHits = page
    .locator(".hit")
    .filter({ has: page.locator(".type-tag", { hasText: "Claim" }) });
  const said = claimHits.filter({ hasText: "Said in:" }).first();
  await expect(said).toBeVisible();
  const claimText = ((await said.locator(".hit-text").textContent()) ?? "").trim();
  // The statement it was made from is not listed again beside it.
  await expect(
    page
      .locator(".hit")
      .filter({ has: page.locator(".type-tag", { hasText: "Statement" }) })
      .filter({ has: page.locator(".hit-text", { hasText: claimText }) }),
  ).toHaveCount(0);
});

test("j and k move through the results, Enter opens one", async ({ page, makeUser }) => {
  await signIn(page, await makeUser("reviewer"));
  await page.goto("/search?q=percent");
  const links = page.locator(".hit .hit-text");
  await expect(links.nth(1)).toBeVisible();
  await page.locator("h1").click();
  await page.keyboard.press("j");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("j");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("k");
  await expect(links.nth(0)).toBeFocused();
  // Typing a j into the search box types it.
  await page.getByRole("searchbox").focus();
  await page.keyboard.press("End");
  await page.keyboard.press("j");
  await expect(page.getByRole("searchbox")).toHaveValue("percentj");
  await expect(links.nth(0)).not.toBeFocused();
  await page.keyboard.press("Backspace");
  await page.locator("h1").click();
  await page.keyboard.press("j");
  const href = await links.nth(0).getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test("on a phone the filters fold behind one button", async ({ page, makeUser }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, await makeUser("reviewer"));
  await page.goto("/search?q=percent");
  const filters = page.getByRole("complementary", { name: "Filters" });
  const toggle = page.getByRole("button", { name: /^Filters/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(filters).toBeHidden();
  // The first result is on the first screen, not below 900 px of checkboxes.
  const first = await page.locator(".hit").first().boundingBox();
  expect(first?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(844);
  await screenshot(page, "search-phone-filters-closed");
  await toggle.click();
  await expect(filters).toBeVisible();
  await filters.getByRole("checkbox", { name: /^Claim \d+$/ }).check();
  await expect(page).toHaveURL(/type=claim/);
  await expect(page.getByRole("button", { name: /\(1 on\)/ })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await screenshot(page, "search-phone-filters-open");
});

test("search dates are written and read as 2026-12-01, and a half-typed date says how", async ({
  page,
  makeUser,
}) => {
  await signIn(page, await makeUser("reviewer"));
  await page.goto("/search?q=percent");
  const from = page.getByLabel("From");
  await expect(from).toHaveAttribute("placeholder", "2026-12-01");
  await from.fill("12/01/2020");
  await expect(from).toHaveAccessibleDescription(
    "Write the date as year-month-day, e.g. 2026-12-01.",
  );
  await expect(page).toHaveURL(/\/search\?q=percent$/); // nothing applied yet
  await from.fill("2020-01-01");
  await expect(page).toHaveURL(/from=2020-01-01/);
  await expect(from).not.toHaveAttribute("aria-invalid", "true");
  await page.goto("/search?q=percent&from=2021-03-04");
  await expect(page.getByLabel("From")).toHaveValue("2021-03-04");
});

test("the first results are written once in the page, kept when it comes alive, and come back after Back", async ({
  page,
  makeUser,
}) => {
  await signIn(page, await makeUser("reviewer"));
  // The document holds the list in its HTML and not again in its hydration data (decision 023).
  const html = await (await page.request.get("/search?q=percent")).text();
  const list = html.slice(html.indexOf('<ol id="search-hits"'), html.indexOf("</ol>") + 5);
  const href = /href="(\/(?:claims|articles)\/[^"]+)"/.exec(list)?.[1];
  expect(href).toBeTruthy();
  const count = (text: string) => text.split(href as string).length - 1;
  expect(count(list)).toBeGreaterThan(0);
  expect(count(html)).toBe(count(list));

  await page.goto("/search?q=percent");
  const texts = page.locator(".hit .hit-text");
  await expect(texts.nth(1)).toBeVisible();
  const first = await texts.allTextContents();
  // Once the app is live (j moves through the results), the list is still the server's.
  await page.locator("h1").click();
  await page.keyboard.press("j");
  await expect(texts.nth(0)).toBeFocused();
  await expect(texts).toHaveText(first);
  const kinds = page.getByRole("group", { name: "Kind of record" });
  await kinds.getByRole("checkbox", { name: /^Claim \d+$/ }).check();
  await expect(page).toHaveURL(/\/search\?q=percent&type=claim$/);
  await expect(page.locator(".hit .type-tag").filter({ hasNotText: "Claim" })).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=percent$/);
  await expect(texts).toHaveText(first);
});
