import { expect, expectNoSidewaysScroll, screenshot, signIn, test } from "../support/fixtures.ts";

// Small UX fixes from the review pass: each check is something a person saw go wrong.

test("an empty submission says what to enter, not which field the API missed", async ({
  page,
  makeUser,
}) => {
  await signIn(page, await makeUser("reviewer"));
  await page.goto("/articles/new");
  await page.getByRole("button", { name: "Submit for extraction" }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toHaveText(
    "Paste the article text, upload a file, or enter the address (URL) of the article to fetch.",
  );
});

test("a search without matches shows one message and no empty result list", async ({
  page,
  makeUser,
}) => {
  await signIn(page, await makeUser("reviewer"));
  await page.goto("/search?q=zqxjvwk");
  await expect(page.getByText("Nothing matches “zqxjvwk”.")).toBeVisible();
  await expect(page.locator("ol.hits")).toHaveCount(0);
});

test("a 403 page keeps the navigation and names the status", async ({ page, makeUser }) => {
  await signIn(page, await makeUser("reviewer"));
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("403 Not allowed");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("rating scales fit a phone screen: the label table scrolls, not the page", async ({
  page,
  makeUser,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, await makeUser("admin"));
  await page.goto("/admin/scales");
  await expect(page.getByRole("heading", { name: "New scale" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expect(page.getByRole("textbox", { name: "Name of label 1" }).last()).toBeVisible();
});

test("a rating error names the field as the form labels it", async ({ page, makeUser }) => {
  await signIn(page, await makeUser("reviewer"));
  await page.goto("/queue");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/claims\//);
  const form = page.locator("form", { has: page.getByRole("button", { name: "Save verdict" }) });
  await expect(form).toBeVisible();
  // Skip the browser's own checks so the server's message shows.
  await form.evaluate((f: HTMLFormElement) => {
    f.noValidate = true;
  });
  await form.getByRole("radio").first().check();
  await form.getByLabel("Rationale").fill("short");
  await form.getByRole("button", { name: "Save verdict" }).click();
  await expect(form.getByRole("alert")).toHaveText(
    "Rationale: Explain the verdict in at least 10 characters",
  );
});

test("the review queue reads as cards on a phone, with each value named", async ({
  page,
  makeUser,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, await makeUser("reviewer"));
  await page.goto("/queue");
  const firstRow = page.getByRole("table").locator("tbody tr").first();
  await expect(firstRow.getByRole("link")).toBeVisible();
  await expectNoSidewaysScroll(page);
  // The claim text takes the row's full width instead of a narrow column.
  const link = await firstRow.getByRole("link").boundingBox();
  expect(link?.width ?? 0).toBeGreaterThan(250);
  const status = firstRow.locator('td[data-label="Status"]');
  expect(
    await status.evaluate((td) => getComputedStyle(td, "::before").getPropertyValue("content")),
  ).toBe('"Status: "');
  // Its scrolling box is a named region keyboard users can focus (and scroll).
  await expect(page.getByRole("region", { name: "Review queue" })).toHaveAttribute("tabindex", "0");
  await screenshot(page, "queue-phone");
});

test("status facet values read like the badges", async ({ page, makeUser }) => {
  await signIn(page, await makeUser("reviewer"));
  await page.goto("/search?q=percent");
  const status = page.getByRole("group", { name: "Status" });
  // Whichever statuses the demo desk has, each reads like its badge ("In research", not "in_research").
  await expect(status.getByRole("checkbox").first()).toBeVisible();
  for (const name of await status
    .getByRole("checkbox")
    .evaluateAll((els) => els.map((el) => el.closest("label")?.textContent?.trim() ?? "")))
    expect(name).toMatch(/^[A-Z][a-z]+( [a-z]+)* \d+$/);
  await expect(status.getByRole("checkbox", { name: /^new \d+$/ })).toHaveCount(0);
});
