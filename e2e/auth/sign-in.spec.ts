import { expect, screenshot, test } from "../support/fixtures.ts";

test("a wrong password shows the error; the right one signs in and out", async ({
  page,
  makeUser,
}) => {
  const user = await makeUser("reviewer");
  await page.goto("/queue");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fqueue/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText("Email or password is incorrect.");
  // The fields themselves carry the error for screen readers.
  for (const field of ["Email", "Password"])
    await expect(page.getByLabel(field)).toHaveAccessibleDescription(
      "Email or password is incorrect.",
    );
  await screenshot(page, "sign-in-error");

  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/queue$/);
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }),
  ).toHaveCount(0);
  await screenshot(page, "queue");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/search");
  await expect(page).toHaveURL(/\/login/);
});
