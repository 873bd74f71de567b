import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, signIn, test } from "../support/fixtures.ts";
import { repoRoot } from "../support/stack.ts";

const DEMO = join(repoRoot, "packages/core/src/seed/demo-articles/harbor-bridge-budget.txt");

// Issue 18: section headings were shown as body text, and "[Elena Vasquez, quote · make a claim]"
// was printed inside the sentences. Headings are headings now; who said a statement is a tip
// beside it, shown on hover and keyboard focus and read out as the control's description.
test("the article page shows headings as headings and who said a statement on focus", async ({
  page,
  makeUser,
}) => {
  const [title, ...rest] = readFileSync(DEMO, "utf8").split("\n");
  await signIn(page, await makeUser("reviewer"));
  await page.goto("/articles/new");
  await page
    .getByLabel("Paste the article text")
    .fill([`${title} (reading ${Date.now()})`, ...rest].join("\n"));
  await page.getByRole("button", { name: "Submit for extraction" }).click();
  await expect(page.getByRole("heading", { name: /Statements \([1-9]\d*\)/ })).toBeVisible({
    timeout: 60_000,
  });
  const text = page.getByRole("region", { name: "Article text" });
  await expect(text.getByRole("heading", { level: 2, name: "Funding the Repairs" })).toBeVisible();
  await expect(text.getByRole("heading", { level: 2, name: "What Comes Next" })).toBeVisible();
  // No tag is printed inside the text.
  await expect(text).not.toContainText("[Elena Vasquez");
  await expect(text).not.toContainText("make a claim]");

  const quote = text.locator("mark.statement", { hasText: "This bridge carries 62,000" });
  const control = quote.locator(".statement-text");
  const tip = quote.getByRole("tooltip");
  await expect(tip).toBeHidden();
  await expect(control).toHaveAccessibleDescription(
    /Elena Vasquez, quote · (make a claim|open the claim)/,
  );
  // Reach it from the keyboard: focus the statement before it, then Tab.
  await text.locator(".statement-text").first().focus();
  for (let i = 0; i < 10 && !(await control.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(control).toBeFocused();
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText(/Elena Vasquez, quote/);
});
