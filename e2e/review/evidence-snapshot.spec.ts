import http from "node:http";
import type { AddressInfo } from "node:net";
import { createCheckedClaim } from "@claimdesk/core/testing";
import { createDb, type Db } from "@claimdesk/db";
import { expect, expectNoSidewaysScroll, screenshot, signIn, test } from "../support/fixtures.ts";
import { readState } from "../support/stack.ts";

// Issue 18, evidence that lasts: a URL added as evidence is fetched by the worker (through the
// SSRF guard; the e2e worker is the test entry whose fetcher may reach loopback, production's
// never can), kept as a readable snapshot with its title, domain, time and hash, and a failed
// fetch says why and can be tried again. The pages are served on loopback by this test.
let db: Db;
let server: http.Server;
let origin = "";
let reportServed = true;

test.beforeAll(async () => {
  db = createDb(readState().databaseUrl, { max: 2 });
  server = http.createServer((req, res) => {
    if (req.url === "/report" || (req.url === "/later" && reportServed)) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><html><head><title>County ferry report 2025</title>
        <script>document.title = "tampered"; window.stolen = document.cookie;</script></head>
        <body><h1>County ferry report</h1>
        <p>The ferry carried 8,950 passengers a day on average in 2025.</p>
        <p>Fares rose by 4 percent.</p></body></html>`);
      return;
    }
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not here");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.$disconnect();
});

async function addEvidence(page: import("@playwright/test").Page, url: string, title: string) {
  await page.getByText("Add evidence", { exact: true }).first().click();
  const form = page.locator("form", { has: page.getByLabel("Source URL") }).last();
  await form.getByLabel("Source URL").fill(url);
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Excerpt").fill("The ferry carried 8,950 passengers a day.");
  await form.getByRole("button", { name: "Add evidence" }).click();
}

test("an evidence URL is kept as a snapshot, and a failed fetch says why and can be retried", async ({
  page,
  makeUser,
}) => {
  const checked = await createCheckedClaim(db, {
    stage: "draft",
    text: `The ferry carries 9,000 passengers a day (snapshot e2e ${Date.now()})`,
  });
  await signIn(page, await makeUser("reviewer"));
  await page.goto(`/claims/${checked.claim.id}`);

  await addEvidence(page, `${origin}/report`, "Ferry report");
  const evidence = page.getByRole("list", { name: "Evidence" });
  const item = evidence.getByRole("listitem").filter({ hasText: "Ferry report" });
  await expect(item).toBeVisible();
  // The worker takes the snapshot; the page shows it once reloaded.
  await expect(async () => {
    await page.reload();
    await expect(item.getByRole("link", { name: "Snapshot" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(item.locator(".domain")).toHaveText("localhost");
  await screenshot(page, "evidence-snapshot-claim-1280");

  await item.getByRole("link", { name: "Snapshot" }).click();
  await expect(page).toHaveURL(/\/evidence\/[^/]+\/snapshot$/);
  const text = page.getByRole("article", { name: "Snapshot text" });
  await expect(text).toContainText("8,950 passengers a day");
  await expect(text).not.toContainText("document.cookie");
  await expect(page.locator("main")).toContainText("County ferry report 2025");
  await expect(page.locator("main")).toContainText(/[0-9a-f]{64}/); // the content hash
  await screenshot(page, "evidence-snapshot-page-1280");
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await screenshot(page, "evidence-snapshot-page-390");
  await page.setViewportSize({ width: 1280, height: 900 });

  // A page that is not there: the item says so, and "Try again" fetches it once it is.
  reportServed = false;
  await page.goto(`/claims/${checked.claim.id}`);
  await addEvidence(page, `${origin}/later`, "Later report");
  const later = evidence.getByRole("listitem").filter({ hasText: "Later report" });
  await expect(async () => {
    await page.reload();
    await expect(later).toContainText("the site answered 404", { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await screenshot(page, "evidence-snapshot-failed-1280");
  reportServed = true;
  await later.getByRole("button", { name: "Try again" }).click();
  await expect(async () => {
    await page.reload();
    await expect(later.getByRole("link", { name: "Snapshot" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await screenshot(page, "evidence-snapshot-claim-390");
});
