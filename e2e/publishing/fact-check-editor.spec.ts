import { createCheckedClaim } from "@claimdesk/core/testing";
import { createDb, type Db } from "@claimdesk/db";
import { expect, expectNoSidewaysScroll, screenshot, signIn, test } from "../support/fixtures.ts";
import { readState } from "../support/stack.ts";

const password = "correct horse battery staple";

// An editor writes the fact-check around an approved verdict, cites the evidence, previews the
// public page and its ClaimReview, publishes after confirming, then retracts it with a note.
test.describe
  .serial("the fact-check editor", () => {
    let db: Db;
    let claimId = "";
    let editor = { email: "", password };
    let slug = "";

    test.beforeAll(async () => {
      db = createDb(readState().databaseUrl, { max: 2 });
      const checked = await createCheckedClaim(db, {
        text: `The harbor tunnel carries 80,000 cars a day (e2e ${Date.now()})`,
      });
      claimId = checked.claim.id;
      editor = { email: checked.editor.email, password };
    });
    test.afterAll(async () => {
      await db.$disconnect();
    });

    test("writes a draft with citations, previews it, and publishes after confirming", async ({
      page,
    }) => {
      await signIn(page, editor);
      await page.goto(`/claims/${claimId}`);
      await page.getByRole("link", { name: "Write and publish the fact-check" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fact-check editor");
      await expect(page.getByRole("button", { name: "Publish…" })).toBeDisabled();

      // Bad input is refused with the field named, and nothing typed is lost.
      await page.getByLabel("Headline").fill("No, the harbor tunnel does not carry 80,000 cars");
      await page.getByLabel("Summary").fill("State counts put it at 41,300 vehicles a day.");
      await page.getByLabel("Body").fill("The counts <b>say</b> otherwise.");
      await page.getByRole("button", { name: "Save draft" }).click();
      await expect(page.getByRole("alert")).toContainText("Body: Raw HTML is not allowed");
      await expect(page.getByLabel("Summary")).toHaveValue(
        "State counts put it at 41,300 vehicles a day.",
      );

      await page.getByLabel("Body").fill("The state's 2025 counts say **41,300** a day.");
      await page.getByRole("button", { name: /^Cite \[1\]/ }).click();
      await expect(page.getByLabel("Body")).toHaveValue(
        "The state's 2025 counts say **41,300** a day. [1]",
      );
      await page.getByRole("radio", { name: /^The approving editor/ }).check();
      await page.getByRole("button", { name: "Save draft" }).click();
      await expect(page.getByRole("status")).toContainText("Draft saved.");

      const preview = page.getByRole("article", { name: "Public page preview" });
      await expect(preview.getByRole("heading", { level: 1 })).toHaveText(
        "No, the harbor tunnel does not carry 80,000 cars",
      );
      await expect(preview.getByRole("link", { name: "source 1" })).toHaveAttribute(
        "href",
        "#evidence-1",
      );
      await expect(preview.locator(".story-body strong")).toHaveText("41,300");
      await page.getByText("ClaimReview JSON-LD").click();
      const jsonLd = JSON.parse(
        (await page.getByLabel("ClaimReview JSON-LD").textContent()) ?? "{}",
      ) as { headline: string; reviewRating: { alternateName: string }; url: string };
      expect(jsonLd.headline).toBe("No, the harbor tunnel does not carry 80,000 cars");
      expect(jsonLd.reviewRating.alternateName).toBe("Mostly False");
      await screenshot(page, "fact-check-editor-1280");
      // The draft editor and its preview on a phone, before anything is published.
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSidewaysScroll(page);
      await screenshot(page, "fact-check-editor-draft-390");
      await page.setViewportSize({ width: 1280, height: 800 });

      await page.getByRole("button", { name: "Publish…" }).click();
      const confirm = page.getByRole("region", { name: "Publish this fact-check?" });
      await expect(confirm.getByRole("heading")).toBeFocused();
      await expect(confirm).toContainText(jsonLd.url);
      await screenshot(page, "fact-check-publish-confirm-1280");
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSidewaysScroll(page);
      await screenshot(page, "fact-check-publish-confirm-390");
      await page.setViewportSize({ width: 1280, height: 800 });
      await confirm.getByRole("button", { name: "Yes, publish now" }).click();
      await expect(page.getByRole("status")).toHaveText(
        "Published. Readers and ClaimReview consumers see it now.",
      );

      slug = new URL(jsonLd.url).pathname.split("/").at(-1)!;
      await page.goto(`/fact-checks/${slug}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "No, the harbor tunnel does not carry 80,000 cars",
      );
      await expect(page.getByText(/^By .* · Published/)).toBeVisible();
      const published = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
      );
      // What was previewed is what went out; only the publication time is the moment of publishing.
      expect({ ...published, datePublished: "" }).toEqual({ ...jsonLd, datePublished: "" });
      expect(published.datePublished.slice(0, 10)).toBe(
        (jsonLd as unknown as { datePublished: string }).datePublished.slice(0, 10),
      );
      await screenshot(page, "fact-check-public-1280");
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSidewaysScroll(page);
      await screenshot(page, "fact-check-public-390");
    });

    test("the editor at 390 px, and a retraction with a public note", async ({ page, request }) => {
      await signIn(page, editor);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/claims/${claimId}/fact-check`);
      await expectNoSidewaysScroll(page);
      await screenshot(page, "fact-check-editor-390");
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByText("Retract this fact-check").click();
      await page
        .getByLabel("Public note: why is it retracted?")
        .fill("The counts we cited were for the old bridge, not the tunnel.");
      await page.getByRole("button", { name: "Retract the fact-check" }).click();
      // The confirmation box must be ticked first.
      await expect(page.getByRole("status")).toHaveCount(0);
      await page.getByLabel(/Readers will see this note/).check();
      await page.getByRole("button", { name: "Retract the fact-check" }).click();
      await expect(page.getByRole("status")).toContainText("Retracted.");
      await screenshot(page, "fact-check-retracted-editor-1280");

      const response = await page.goto(`/fact-checks/${slug}`);
      expect(response?.status()).toBe(200);
      await expect(
        page.getByRole("heading", { name: "This fact-check has been retracted" }),
      ).toBeVisible();
      await expect(page.getByText("were for the old bridge")).toBeVisible();
      await expect(page.getByRole("heading", { name: /Our verdict/ })).toHaveCount(0);
      await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
      await screenshot(page, "fact-check-retracted-1280");
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSidewaysScroll(page);
      await screenshot(page, "fact-check-retracted-390");

      const feed = await request.get(`/api/claimreview?updatedSince=2026-01-01&limit=100`);
      const item = ((await feed.json()) as { items: { url: string }[] }).items.find((i) =>
        i.url.endsWith(`/fact-checks/${slug}`),
      ) as Record<string, unknown> | undefined;
      expect(item).toMatchObject({ creativeWorkStatus: "Retracted" });
      expect(item?.reviewRating).toBeUndefined();
    });
  });
