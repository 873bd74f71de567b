import { publishClaim, validateClaimReview } from "@claimdesk/core/publishing";
import { createCheckedClaim } from "@claimdesk/core/testing";
import { createDb, type Db } from "@claimdesk/db";
import { expect, test } from "../support/fixtures.ts";
import { readState } from "../support/stack.ts";

// Readers and other fact-checkers see published fact-checks only: tried over HTTP without a
// session, guessing ids and slugs the way an outsider would.
test.describe
  .serial("public fact-checks", () => {
    let db: Db;
    let slug = "";
    const hidden: { id: string; text: string }[] = [];

    test.beforeAll(async () => {
      db = createDb(readState().databaseUrl, { max: 2 });
      const published = await createCheckedClaim(db, {
        text: 'Harbor traffic "</script><b>doubled</b>" in 2025',
      });
      slug = (await publishClaim(db, { claimId: published.claim.id, actorId: published.editor.id }))
        .slug;
      const approved = await createCheckedClaim(db);
      const draft = await createCheckedClaim(db, { stage: "draft" });
      hidden.push(
        { id: approved.claim.id, text: approved.claim.text },
        { id: draft.claim.id, text: draft.claim.text },
      );
    });
    test.afterAll(async () => {
      await db.$disconnect();
    });

    test("an anonymous reader sees the fact-check page with valid ClaimReview JSON-LD", async ({
      page,
    }) => {
      const response = await page.goto(`/fact-checks/${slug}`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()["cache-control"]).toMatch(/public/);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(
        "</script><b>doubled</b>",
      );
      await expect(page.getByRole("heading", { name: /Our verdict: Mostly False/ })).toBeVisible();
      await expect(page.getByRole("link", { name: "State traffic counts 2025" })).toBeVisible();
      const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(scripts).toHaveLength(1);
      const jsonLd = JSON.parse(scripts[0]!);
      expect(validateClaimReview(jsonLd)).toMatchObject({ valid: true, errors: [] });
      expect(jsonLd.reviewRating.alternateName).toBe("Mostly False");
      // The raw HTML never contains the claim's "</script>" unescaped inside the JSON-LD.
      const html = await (await page.request.get(`/fact-checks/${slug}`)).text();
      const ld = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1] ?? "";
      expect(ld).toContain("\\u003c/script\\u003e");

      await page.goto("/fact-checks");
      await expect(page.getByRole("link", { name: /Harbor traffic/ })).toBeVisible();
    });

    test("guessed ids and slugs of unpublished claims answer 404, and the feed omits them", async ({
      playwright,
      baseURL,
    }) => {
      const anonymous = await playwright.request.newContext({ baseURL });
      for (const guess of [
        ...hidden.map((h) => h.id),
        "made-up-fact-check-1234abcd",
        `${slug}-2`,
      ]) {
        const response = await anonymous.get(`/fact-checks/${guess}`);
        expect(response.status(), guess).toBe(404);
      }
      const feed = await anonymous.get("/api/claimreview?limit=100");
      expect(feed.status()).toBe(200);
      const body = await feed.text();
      expect(body).toContain(slug);
      for (const h of hidden) expect(body).not.toContain(h.text);
      const bad = await anonymous.get("/api/claimreview?since=last-week");
      expect(bad.status()).toBe(400);
      expect((await bad.json()).error).toMatch(/since/);
      await anonymous.dispose();
    });
  });
