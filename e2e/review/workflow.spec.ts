import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  csrfTokenOf,
  expect,
  screenshot,
  signIn,
  type TestUser,
  test,
  trpcMutation,
} from "../support/fixtures.ts";
import { repoRoot } from "../support/stack.ts";

const SAMPLE = join(repoRoot, "../shared/samples/articles/000_8398bc5f8353bf78.txt");
const QUOTE = "There is no betrayal there";

// One newsroom story, in order: submit -> search -> evidence + rating -> approval -> publication.
test.describe
  .serial("checking a claim from a submitted article", () => {
    test.skip(
      !existsSync(SAMPLE),
      `shared sample article missing (${SAMPLE}): the journey needs ../shared`,
    );

    let reviewer: TestUser;
    let editor: TestUser;
    let articleUrl = "";
    let claimUrl = "";

    test.beforeAll(async ({ makeUser }) => {
      reviewer = await makeUser("reviewer");
      editor = await makeUser("editor");
    });

    test("submits the sample article by pasting it, and the worker extracts it", async ({
      page,
    }) => {
      // The sample is seeded already: a unique title makes a new article for the worker to process.
      const [title, ...rest] = readFileSync(SAMPLE, "utf8").split("\n");
      const text = [`${title} (e2e ${Date.now()})`, ...rest].join("\n");
      await signIn(page, reviewer);
      await page.goto("/articles/new");
      await page.getByLabel("Paste the article text").fill(text);
      await page.getByRole("button", { name: "Submit for extraction" }).click();
      await expect(page).toHaveURL(/\/articles\/(?!new$)[a-z0-9]+$/);
      articleUrl = page.url();
      await expect(page.getByRole("heading", { level: 1 })).toContainText("(e2e ");
      // Progress is polled; the statements appear when the worker is done.
      await expect(page.getByRole("heading", { name: /Statements \([1-9]\d*\)/ })).toBeVisible({
        timeout: 60_000,
      });
      await expect(page.locator("mark.statement", { hasText: QUOTE })).toBeVisible();
      await screenshot(page, "article");
    });

    test("finds the statement in search with its speaker", async ({ page }) => {
      await signIn(page, reviewer);
      await page.goto("/search");
      await page.getByRole("searchbox").fill("no betrayl there"); // a typo on purpose
      const hit = page
        .locator("li.hit", { hasText: QUOTE })
        .filter({ hasText: "Statement" })
        .first();
      await expect(hit).toBeVisible({ timeout: 30_000 });
      await expect(hit.locator(".speaker")).toContainText("Pete Hegseth");
      await expect(hit.locator("mark").first()).toBeVisible();
      await expect(page).toHaveURL(/q=no\+betrayl\+there/);
      await screenshot(page, "search");
      // The URL alone reproduces the search (server render, no typing).
      await page.goto(`/search?q=${encodeURIComponent(QUOTE)}&type=statement`);
      await expect(page.locator("li.hit", { hasText: QUOTE }).first()).toBeVisible();
      // Facets come with counts; ticking one filters the results and goes into the URL.
      const speakers = page.getByRole("group", { name: "Speaker" });
      const hegseth = speakers.getByRole("checkbox", { name: /Pete Hegseth/ });
      await expect(hegseth).not.toBeChecked();
      await expect(
        speakers.locator("label", { hasText: "Pete Hegseth" }).locator(".count"),
      ).toHaveText(/^[1-9]\d*$/);
      await hegseth.check();
      await expect(page).toHaveURL(/speaker=Pete\+Hegseth/);
      await expect(page.locator("li.hit .speaker").first()).toContainText("Pete Hegseth");
      const others = page.locator("li.hit .speaker").filter({ hasNotText: "Pete Hegseth" });
      await expect(others).toHaveCount(0);
      await page.reload(); // the shared URL keeps the filter
      await expect(
        page
          .getByRole("group", { name: "Speaker" })
          .getByRole("checkbox", { name: /Pete Hegseth/ }),
      ).toBeChecked();
    });

    test("a reviewer opens the claim, adds evidence and rates it", async ({ page }) => {
      await signIn(page, reviewer);
      await page.goto(articleUrl);
      const item = page.locator(".statement-list li", { hasText: QUOTE }).first();
      await item
        .getByRole("link", { name: /Open claim/ })
        .or(item.getByRole("button", { name: "Make a claim" }))
        .click();
      await expect(page).toHaveURL(/\/claims\/[a-z0-9]+$/);
      claimUrl = page.url();
      await expect(page.getByRole("heading", { level: 1 })).toContainText("betrayal");

      await page.getByRole("button", { name: "Assign to me" }).click();
      await expect(page.getByText("Assigned to: you")).toBeVisible();

      await page.getByText("Add evidence", { exact: true }).first().click();
      await page.getByLabel("Source URL").fill("https://www.nato.int/cps/en/natohq/opinions.htm");
      await page.getByLabel("Title").fill("NATO press briefing transcript");
      await page.getByLabel("Excerpt").fill("Hegseth: there is no betrayal there.");
      await page.getByLabel("Stance").selectOption("supports");
      await page.getByRole("button", { name: "Add evidence" }).click();
      await expect(
        page
          .getByRole("list", { name: "Evidence" })
          .getByRole("link", { name: "NATO press briefing transcript" }),
      ).toBeVisible();

      await page.getByRole("radio", { name: /^Half True/ }).check();
      await page
        .getByLabel("Rationale")
        .fill(
          "He did say it; whether it is a betrayal is an opinion, the facts around it are mixed.",
        );
      await page.getByRole("button", { name: "Save verdict" }).click();
      // Keyboard users land on the success message.
      await expect(page.getByRole("status")).toBeFocused();
      await expect(page.getByRole("status")).toHaveText(
        "Verdict saved. A second person must approve it.",
      );
      await expect(page.locator(".verdict-label")).toHaveText("Half True");
      await expect(
        page.getByRole("list", { name: "Workflow" }).locator('[aria-current="step"]'),
      ).toHaveText("Rated");
      await screenshot(page, "claim-rated");
    });

    test("the reviewer cannot approve their own rating, in the UI or through the API", async ({
      page,
      baseURL,
    }) => {
      await signIn(page, reviewer);
      await page.goto(claimUrl);
      await expect(page.getByRole("button", { name: "Approve verdict" })).toHaveCount(0);
      await expect(page.getByTestId("approval-note")).toContainText("Two-person rule");
      const ratingId = await page.locator('input[name="ratingId"]').count();
      expect(ratingId).toBe(0);
      const csrf = await csrfTokenOf(page.request, baseURL!);
      const claimId = claimUrl.split("/").at(-1)!;
      const detail = await page.request.get(
        `${baseURL}/api/trpc/claim.get?input=${encodeURIComponent(JSON.stringify({ id: claimId }))}`,
      );
      const draft = ((await detail.json()) as { result: { data: { currentRating: string } } })
        .result.data.currentRating;
      const { status, body } = await trpcMutation(
        page.request,
        baseURL!,
        "rating.approve",
        { ratingId: draft },
        csrf,
      );
      expect(status).toBe(403);
      expect(body.error?.data?.code).toBe("FORBIDDEN");
    });

    test("an editor approves and publishes", async ({ page }) => {
      await signIn(page, editor);
      await page.goto(claimUrl);
      await page.getByRole("button", { name: "Approve verdict" }).click();
      await expect(page.getByText("Verdict approved.")).toBeVisible();
      await expect(page.getByText(`approved by ${editor.name}`).first()).toBeVisible();
      // Publishing goes through the fact-check editor: a draft, its preview, a confirmation.
      await page.getByRole("link", { name: "Write and publish the fact-check" }).click();
      await page.getByLabel("Headline").fill("What the workflow journey's claim gets wrong");
      await page
        .getByLabel("Summary")
        .fill("The evidence does not support the figure that was said.");
      await page.getByLabel("Body").fill("The sources say otherwise.");
      await page.getByRole("button", { name: "Save draft" }).click();
      await expect(page.getByRole("status")).toContainText("Draft saved.");
      await page.getByRole("button", { name: "Publish…" }).click();
      await page.getByRole("button", { name: "Yes, publish now" }).click();
      await expect(page.getByRole("status")).toContainText("Published.");
      await page.goto(claimUrl);
      await expect(
        page.getByRole("list", { name: "Workflow" }).locator('[aria-current="step"]'),
      ).toHaveText("Published");
      await expect(page.getByRole("link", { name: "Public fact-check →" })).toBeVisible();
      await expect(page.locator(".audit")).toContainText("Fact-check published");
      await screenshot(page, "claim-published");
    });
  });
