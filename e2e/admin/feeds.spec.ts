import {
  csrfTokenOf,
  expect,
  screenshot,
  signIn,
  test,
  trpcMutation,
} from "../support/fixtures.ts";

test("an admin follows, pauses, resumes and polls a feed; private addresses are refused", async ({
  page,
  makeUser,
}) => {
  await signIn(page, await makeUser("admin"));
  await page.goto("/admin");
  await page.getByRole("link", { name: "Feeds →" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Feeds" })).toBeVisible();

  const url = `https://feeds.example.invalid/politics-${Date.now()}.xml`;
  const addForm = page.locator("form", { has: page.getByRole("button", { name: "Follow feed" }) });
  // A private address is refused with the reason, and nothing is added.
  await addForm.getByLabel("Feed address (URL)").fill("http://10.1.2.3/feed.xml");
  await addForm.getByRole("button", { name: "Follow feed" }).click();
  await expect(addForm.getByRole("alert")).toContainText("10.1.2.3 is a private address");
  await expect(page.getByRole("cell", { name: /10\.1\.2\.3/ })).toHaveCount(0);

  await addForm.getByLabel("Feed address (URL)").fill(url);
  await addForm.getByLabel("Name (optional)").fill("Example politics");
  await addForm.getByRole("button", { name: "Follow feed" }).click();
  await expect(addForm.getByRole("status")).toHaveText(
    `Following ${url}. The worker polls it shortly.`,
  );
  const row = page.getByRole("row", { name: /Example politics/ });
  await expect(row.getByRole("link", { name: url })).toBeVisible();
  // The same feed twice is refused.
  await addForm.getByLabel("Feed address (URL)").fill(url);
  await addForm.getByRole("button", { name: "Follow feed" }).click();
  await expect(addForm.getByRole("alert")).toContainText("already followed");

  await row.getByRole("button", { name: "Pause Example politics" }).click();
  await expect(row.getByRole("status")).toHaveText("Paused: no new items until resumed.");
  await expect(row.getByText("paused", { exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: "Poll Example politics now" })).toBeDisabled();
  await row.getByRole("button", { name: "Resume Example politics" }).click();
  await expect(row.getByRole("status")).toHaveText("Resumed.");
  await row.getByRole("button", { name: "Poll Example politics now" }).click();
  await expect(row.getByRole("status")).toHaveText(
    /Poll queued: reload in a moment for its result\.|A poll of this feed is already queued\./,
  );
  // The worker polls it: the name cannot resolve, and the row says so.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("row", { name: /Example politics/ })).toContainText("failing");
  }).toPass({ timeout: 30_000 });
  await screenshot(page, "admin-feeds");
});

test("a reviewer cannot see or change feeds, on the page or through the API", async ({
  page,
  baseURL,
  makeUser,
}) => {
  await signIn(page, await makeUser("reviewer"));
  const response = await page.goto("/admin/feeds");
  expect(response?.status()).toBe(403);
  const csrf = await csrfTokenOf(page.request, baseURL!);
  const add = await trpcMutation(
    page.request,
    baseURL!,
    "feed.add",
    { url: "https://news.example.org/rss" },
    csrf,
  );
  expect(add.status).toBe(403);
  expect(add.body.error?.data?.code).toBe("FORBIDDEN");
});
