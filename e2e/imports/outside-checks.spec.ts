import http from "node:http";
import type { AddressInfo } from "node:net";
import { importLiarRows } from "@claimdesk/core/imports";
import { importClaimReviews } from "@claimdesk/core/publishing";
import { createDb, type Db } from "@claimdesk/db";
import { expect, expectNoSidewaysScroll, screenshot, signIn, test } from "../support/fixtures.ts";
import { readState } from "../support/stack.ts";

// Issue 19: earlier fact-checks by other organisations, shown as theirs, and harvested from a
// fact-checker's sitemap that this test serves on loopback (the e2e worker is the test entry,
// apps/worker/test/fixtures/worker-for-tests.ts, whose fetcher may reach loopback; production's
// never can).
let db: Db;
test.beforeAll(() => {
  db = createDb(readState().databaseUrl, { max: 2 });
});
test.afterAll(async () => {
  await db.$disconnect();
});

test("an imported check shows the outside publisher, their verdict, our equivalent, the date and a link", async ({
  page,
  makeUser,
}) => {
  const tag = Date.now().toString(36);
  const url = `https://checker.example.org/reviews/${tag}`;
  const imported = await importClaimReviews(db, {
    "@type": "ClaimReview",
    url,
    claimReviewed: `The river tunnel was finished two years early (e2e ${tag})`,
    datePublished: "2025-04-09",
    headline: "No, the river tunnel was not finished early",
    author: { "@type": "Organization", name: "Example Fact Check" },
    reviewRating: { alternateName: "Wrong", ratingValue: 1, worstRating: 1, bestRating: 5 },
  });
  const liar = await importLiarRows(db, [
    {
      line: 1,
      id: `e2e-${tag}.json`,
      label: "barely-true",
      statement: `Half the city's buses are older than twenty years (e2e ${tag})`,
      subjects: ["transportation"],
      speaker: "pat-example",
      job: "Mayor",
      state: null,
      party: null,
      context: "a radio interview",
    },
  ]);
  await signIn(page, await makeUser("reviewer"));

  await page.goto(`/claims/${imported.claimIds[0]}`);
  await expect(page.getByTestId("outside-kicker")).toContainText(
    "Earlier fact-check by Example Fact Check",
  );
  const verdict = page.getByRole("region", { name: "Example Fact Check's verdict" });
  await expect(verdict).toContainText("Wrong");
  await expect(verdict.getByTestId("desk-verdict")).toHaveText(
    "Wholly false on the Six-level scale (False to True)",
  );
  await expect(verdict).toContainText("2025-04-09");
  await expect(verdict.getByRole("link", { name: /Read the original review/ })).toHaveAttribute(
    "href",
    url,
  );
  const main = page.locator("main");
  await expect(main).not.toContainText("Rated by a former user");
  await expect(main).not.toContainText("check-worthiness");
  await expect(page.getByRole("list", { name: "Workflow" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Assign to me|Publish|Save verdict/ })).toHaveCount(
    0,
  );
  await screenshot(page, "outside-check-1280");
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await screenshot(page, "outside-check-390");
  await page.setViewportSize({ width: 1280, height: 800 });

  // A LIAR row: PolitiFact's words, mapped by position; LIAR gives no date and no link.
  await page.goto(`/claims/${liar.createdClaimIds[0]}`);
  await expect(page.getByTestId("outside-kicker")).toContainText(
    "Earlier fact-check by PolitiFact",
  );
  const liarVerdict = page.getByRole("region", { name: "PolitiFact's verdict" });
  await expect(liarVerdict).toContainText("Mostly False");
  await expect(liarVerdict).toContainText("date not given in the LIAR dataset");
  await expect(page.locator("main")).not.toContainText("Published");
  await expect(page.locator("main")).not.toContainText("a former user");
});

test("an admin follows a fact-checker's sitemap; the worker harvests its ClaimReview pages", async ({
  page,
  makeUser,
}) => {
  const tag = Date.now().toString(36);
  const routes = new Map<string, { type: string; body: string }>();
  const server = http.createServer((req, res) => {
    const route = routes.get(req.url ?? "");
    if (!route) res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    else res.writeHead(200, { "content-type": route.type }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    // A host name, as a real source has: the policy checks it when the worker fetches.
    const base = `http://localhost:${(server.address() as AddressInfo).port}`;
    const review = (n: number, verdict: string) => ({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `${base}/${tag}/check-${n}`,
      claimReviewed: `Harvested claim number ${n} (e2e ${tag})`,
      datePublished: `2025-10-0${n}`,
      author: { "@type": "Organization", name: "Loopback Fact Check" },
      reviewRating: { "@type": "Rating", alternateName: verdict },
    });
    routes.set(`/${tag}/sitemap.xml`, {
      type: "application/xml",
      body: `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${[
        1, 2, 3,
      ]
        .map((n) => `<url><loc>${base}/${tag}/check-${n}</loc></url>`)
        .join("")}</urlset>`,
    });
    routes.set(`/${tag}/check-1`, {
      type: "text/html",
      body: `<html><head><script type="application/ld+json">${JSON.stringify({ "@graph": [{ "@type": "WebPage" }, review(1, "False")] })}</script></head><body>1</body></html>`,
    });
    routes.set(`/${tag}/check-2`, {
      type: "text/html",
      body: `<html><head><script type="application/ld+json">${JSON.stringify(review(2, "Misleading"))}</script></head><body>2</body></html>`,
    });
    // check-3 is missing: a failing page.

    await signIn(page, await makeUser("admin"));
    await page.goto("/admin/feeds");
    const form = page.locator("form", {
      has: page.getByRole("button", { name: "Follow for ClaimReview" }),
    });
    // Private addresses are refused with the reason.
    await form
      .getByLabel("Address (URL), or one page address per line")
      .fill("http://10.1.2.3/sitemap.xml");
    await form.getByRole("button", { name: "Follow for ClaimReview" }).click();
    await expect(form.getByRole("alert")).toContainText("10.1.2.3 is a private address");

    await form.getByLabel("A sitemap or sitemap index").check();
    await form
      .getByLabel("Address (URL), or one page address per line")
      .fill(`${base}/${tag}/sitemap.xml`);
    await form.getByLabel("Fact-checker's name (optional)").fill(`Loopback Fact Check ${tag}`);
    await form.getByRole("button", { name: "Follow for ClaimReview" }).click();
    await expect(form.getByRole("status")).toContainText("for ClaimReview");
    const row = page.getByRole("row", { name: new RegExp(`Loopback Fact Check ${tag}`) });
    await expect(row).toContainText("not harvested yet");
    await row.getByRole("button", { name: `Harvest Loopback Fact Check ${tag} now` }).click();
    await expect(row.getByRole("status")).toContainText(/Harvest queued|already queued/);

    await expect(async () => {
      await page.reload();
      const cells = page.getByRole("row", { name: new RegExp(`Loopback Fact Check ${tag}`) });
      await expect(cells).toContainText("2 imported");
    }).toPass({ timeout: 45_000 });
    const harvested = page.getByRole("row", { name: new RegExp(`Loopback Fact Check ${tag}`) });
    await expect(harvested.getByRole("cell").nth(2)).toHaveText("3"); // pages seen
    await expect(harvested.getByRole("cell").nth(3)).toHaveText("2"); // imported from
    await expect(harvested.getByRole("cell").nth(4)).toHaveText("1"); // failing
    await expect(harvested).toContainText(/check-3 answered HTTP 404/);
    await screenshot(page, "harvest-sources-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "harvest-sources-390");
    await page.setViewportSize({ width: 1280, height: 800 });

    // The harvested check is shown as Loopback Fact Check's; "Misleading" has no equivalent.
    const claim = await db.claim.findFirstOrThrow({
      where: { externalUrl: `${base}/${tag}/check-2` },
    });
    await page.goto(`/claims/${claim.id}`);
    const verdict = page.getByRole("region", { name: "Loopback Fact Check's verdict" });
    await expect(verdict).toContainText("Misleading");
    await expect(verdict.getByTestId("desk-verdict")).toHaveText("no equivalent on our scale");
    await expect(verdict).toContainText("2025-10-02");

    // Deleting the source asks first; the checks imported from it stay.
    await page.goto("/admin/feeds");
    const source = page.getByRole("row", { name: new RegExp(`Loopback Fact Check ${tag}`) });
    await source.getByText("Delete…").click();
    await expect(source).toContainText("The 2 checks already imported from it stay");
    const remove = source.getByRole("button", { name: `Delete Loopback Fact Check ${tag}` });
    await remove.click(); // not confirmed: the box must be ticked first
    await expect(source).toBeVisible();
    await source.getByLabel(`Delete Loopback Fact Check ${tag} for good`).check();
    await remove.click();
    await expect(
      page.getByRole("status").filter({ hasText: `Deleted Loopback Fact Check ${tag}` }),
    ).toHaveText(
      `Deleted Loopback Fact Check ${tag}: it is no longer harvested. The 2 checks imported from it stay.`,
    );
    await expect(
      page.getByRole("row", { name: new RegExp(`Loopback Fact Check ${tag}`) }),
    ).toHaveCount(0);
    await page.goto(`/claims/${claim.id}`);
    await expect(verdict).toContainText("Misleading");
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test("an admin uploads a ClaimReview file and sees the import's summary and each item's error", async ({
  page,
  makeUser,
}) => {
  const tag = Date.now().toString(36);
  const reviews = [1, 2].map((n) => ({
    "@type": "ClaimReview",
    url: `https://upload.example.org/${tag}/${n}`,
    claimReviewed: `Uploaded claim ${n} (e2e ${tag})`,
    author: { name: "Upload Fact Check" },
    reviewRating: { alternateName: "False" },
  }));
  await signIn(page, await makeUser("admin"));
  await page.goto("/admin");
  await page.getByRole("link", { name: "Imports →" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Imports" })).toBeVisible();
  await page.getByLabel("ClaimReview JSON").check();
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: `reviews-${tag}.json`,
    mimeType: "application/json",
    buffer: Buffer.from(
      JSON.stringify([...reviews, { "@type": "ClaimReview", claimReviewed: "x" }]),
    ),
  });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status")).toContainText(`reviews-${tag}.json is queued for import`);
  const run = page.getByRole("listitem", { name: `Import of reviews-${tag}.json` });
  await expect(run.getByTestId("import-summary")).toHaveText(
    "imported 2, updated 0, skipped 0, errors 1",
    { timeout: 45_000 },
  );
  await run.getByText("1 item not imported").click();
  await expect(run).toContainText("input[2]: url");
  await screenshot(page, "imports-1280");
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await screenshot(page, "imports-390");

  // A file that is not JSON is refused at once, naming the file.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from("{not json"),
  });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("alert")).toContainText("file: not valid JSON");
});
