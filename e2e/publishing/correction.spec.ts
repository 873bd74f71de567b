import { publishClaim } from "@claimdesk/core/publishing";
import { createCheckedClaim } from "@claimdesk/core/testing";
import { createDb, type Db } from "@claimdesk/db";
import { expect, screenshot, signIn, test } from "../support/fixtures.ts";
import { readState } from "../support/stack.ts";

// Correcting a published verdict takes two editors: one proposes, a different one approves;
// readers then see the new verdict, the correction note and dateModified.
test.describe
  .serial("correcting a published fact-check", () => {
    let db: Db;
    let claimId = "";
    let slug = "";

    test.beforeAll(async () => {
      db = createDb(readState().databaseUrl, { max: 2 });
      const checked = await createCheckedClaim(db, { labelSlug: "mostly-false" });
      claimId = checked.claim.id;
      slug = (await publishClaim(db, { claimId, actorId: checked.editor.id })).slug;
    });
    test.afterAll(async () => {
      await db.$disconnect();
    });

    test("one editor proposes, a second approves, readers see the correction", async ({
      page,
      browser,
      baseURL,
      makeUser,
    }) => {
      const proposer = await makeUser("editor");
      const approver = await makeUser("editor");
      const note = `New port figures show the claim was false (e2e ${Date.now()}).`;

      await signIn(page, proposer);
      await page.goto(`/claims/${claimId}`);
      await expect(page.getByText("Mostly False").first()).toBeVisible();
      await page.getByText("Correct the verdict", { exact: true }).click();
      const form = page.getByRole("form", { name: "Correct the verdict" });
      await expect(form).toContainText("a second editor approves it");
      await form.getByRole("radio", { name: /^False/ }).check();
      await form.getByLabel("Corrected rationale").fill("Port authority data shows the opposite.");
      await form.getByLabel("Correction note (shown to readers)").fill(note);
      await form.getByRole("button", { name: "Propose correction" }).click();

      const pending = page.getByRole("region", { name: "Correction waiting for approval" });
      await expect(pending).toBeVisible();
      await expect(pending.getByTestId("proposed-verdict")).toHaveText("False");
      await expect(pending).toContainText(note);
      await expect(pending).toContainText(`Proposed by ${proposer.name}`);
      // Two-person rule: the author gets no approve button, and is told why.
      await expect(pending.getByRole("button", { name: "Approve correction" })).toHaveCount(0);
      await expect(pending.getByTestId("correction-approval-note")).toContainText(
        "Two-person rule",
      );
      await expect(pending.getByRole("button", { name: "Withdraw" })).toBeVisible();
      await screenshot(page, "claim-correction-pending");

      // Until approval, readers still see the published verdict.
      const reader = await browser.newContext({ baseURL });
      const before = await reader.newPage();
      await before.goto(`/fact-checks/${slug}`);
      await expect(
        before.getByRole("heading", { name: /Our verdict: Mostly False/ }),
      ).toBeVisible();
      await reader.close();

      const second = await browser.newContext({ baseURL });
      const approverPage = await second.newPage();
      await signIn(approverPage, approver);
      await approverPage.goto(`/claims/${claimId}`);
      await approverPage.getByRole("button", { name: "Approve correction" }).click();
      await expect(approverPage.getByRole("status")).toContainText("Correction approved");
      const history = approverPage.getByRole("list", { name: "Corrections" });
      await expect(history).toContainText("Mostly False");
      await expect(history).toContainText(note);
      await expect(
        approverPage.getByRole("link", { name: `Public fact-check: /fact-checks/${slug} →` }),
      ).toBeVisible();
      await screenshot(approverPage, "claim-correction-approved");
      await second.close();

      const anonymous = await browser.newContext({ baseURL });
      const pub = await anonymous.newPage();
      const response = await pub.goto(`/fact-checks/${slug}`);
      expect(response?.status()).toBe(200);
      await expect(pub.getByRole("heading", { name: /Our verdict: False/ })).toBeVisible();
      await expect(pub.getByRole("region", { name: "Corrections" })).toContainText(note);
      const [ld] = await pub.locator('script[type="application/ld+json"]').allTextContents();
      const jsonLd = JSON.parse(ld ?? "{}");
      expect(jsonLd.reviewRating.alternateName).toBe("False");
      expect(Date.parse(jsonLd.dateModified)).toBeGreaterThan(Date.parse(jsonLd.datePublished));
      expect(JSON.stringify(jsonLd)).toContain(note);
      await screenshot(pub, "fact-check-corrected");
      await anonymous.close();
    });
  });
