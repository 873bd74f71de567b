import { csrfTokenOf, expect, signIn, test, trpcMutation } from "../support/fixtures.ts";

test("an admin adds a user, changes their role, and disabling them ends their session at once", async ({
  page,
  browser,
  makeUser,
}) => {
  await signIn(page, await makeUser("admin"));
  await page.goto("/admin");
  const stamp = Date.now();
  const newcomer = {
    name: `Newcomer ${stamp}`,
    email: `newcomer-${stamp}@e2e.test`,
    password: `pw-${stamp}-long-enough`,
  };
  await page.getByText("Add a user").click();
  await page.getByLabel("Name", { exact: true }).fill(newcomer.name);
  await page.getByLabel("Email", { exact: true }).fill(newcomer.email);
  await page.getByLabel("Initial password (10+ characters)").fill(newcomer.password);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.locator("p.ok-text")).toHaveText(`Created ${newcomer.email}.`);
  const row = page.getByRole("table", { name: "Users" }).getByRole("row", { name: newcomer.name });
  await expect(row).toContainText("reviewer");

  // The newcomer signs in in their own browser.
  const theirs = await browser.newContext();
  const them = await theirs.newPage();
  await signIn(them, newcomer);
  await them.goto("/queue");
  await expect(them.getByRole("heading", { name: "Review queue" })).toBeVisible();

  await row.getByRole("combobox", { name: `Role of ${newcomer.name}` }).selectOption("editor");
  await row.getByRole("button", { name: `Save the role of ${newcomer.name}` }).click();
  await expect(page.locator("p.ok-text")).toHaveText("Role changed.");
  // Their very next page has the new role: the web process forgot the session it was reusing
  // (the e2e stack runs one web process; others would follow within 1 s).
  await them.reload();
  await expect(them.locator(".user-box .badge")).toHaveText("editor");

  await row.getByRole("button", { name: `Disable ${newcomer.name}` }).click();
  await expect(page.locator("p.ok-text")).toHaveText("User disabled and signed out.");
  // Their open session is gone: the next page asks them to sign in, and signing in fails.
  await them.goto("/queue");
  await expect(them).toHaveURL(/\/login/);
  await them.getByLabel("Email").fill(newcomer.email);
  await them.getByLabel("Password").fill(newcomer.password);
  await them.getByRole("button", { name: "Sign in" }).click();
  await expect(them.getByRole("alert")).toContainText("Email or password is incorrect.");

  await row.getByRole("button", { name: `Enable ${newcomer.name}` }).click();
  await expect(page.locator("p.ok-text")).toHaveText("User enabled.");
  await signIn(them, newcomer);
  await theirs.close();
});

test("disabling a user through the API also ends their session at once", async ({
  page,
  browser,
  baseURL,
  makeUser,
}) => {
  await signIn(page, await makeUser("admin"));
  const reviewer = await makeUser("reviewer");
  const theirs = await browser.newContext();
  const them = await theirs.newPage();
  await signIn(them, reviewer);
  await them.goto("/queue");
  await expect(them.getByRole("heading", { name: "Review queue" })).toBeVisible();

  const csrf = await csrfTokenOf(page.request, baseURL!);
  const disabled = await trpcMutation(
    page.request,
    baseURL!,
    "user.update",
    { userId: reviewer.id, disabled: true },
    csrf,
  );
  expect(disabled.status).toBe(200);
  await them.goto("/queue");
  await expect(them).toHaveURL(/\/login/);
  await theirs.close();
});
