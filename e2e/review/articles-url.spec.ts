import { expect, signIn, test } from "../support/fixtures.ts";

// Issue 20: the page the navigation calls "Articles" is at /articles; / still leads there.
test("the articles list is at /articles, and / and the navigation lead there", async ({
  page,
  makeUser,
}) => {
  await signIn(page, await makeUser("reviewer"));
  const direct = await page.goto("/articles");
  expect(direct?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();

  await page.goto("/search");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Articles" })
    .click();
  await expect(page).toHaveURL(/\/articles$/);

  await page.goto("/?cursor=abc");
  await expect(page).toHaveURL(/\/articles\?cursor=abc$/);
});
