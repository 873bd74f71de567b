import { randomBytes } from "node:crypto";
import { setClaimTags } from "@claimdesk/core/claims";
import { createCheckedClaim } from "@claimdesk/core/testing";
import { createDb, type Db } from "@claimdesk/db";
import { expect, expectNoSidewaysScroll, screenshot, signIn, test } from "../support/fixtures.ts";
import { readState } from "../support/stack.ts";

// A desk lead narrows the dashboard to a date range and clicks a verdict bar (by speaker, outlet
// or tag) through to the claims it counted; every per-person bar leads to that person's work.
// Both lists are the review queue's, filtered. The claim was said on 2026-03-01 and approved
// today: the lists go by approval date, as the dashboard counts.
test.describe
  .serial("the dashboard", () => {
    let db: Db;
    let speaker = "";
    let checked: Awaited<ReturnType<typeof createCheckedClaim>>;
    let other: Awaited<ReturnType<typeof createCheckedClaim>>;
    let tag = "";
    let outlet = "";

    test.beforeAll(async () => {
      db = createDb(readState().databaseUrl, { max: 2 });
      checked = await createCheckedClaim(db, {
        text: `The tunnel opens in 2027 (e2e ${randomBytes(3).toString("hex")})`,
      });
      speaker = checked.speaker.name;
      // another claim with the same verdict, approved today, of another speaker, no outlet or
      // tag: each bar's list must leave it out
      other = await createCheckedClaim(db, {
        text: `The ferry runs twice an hour (e2e ${randomBytes(3).toString("hex")})`,
      });
      // tagged through core, so the search index learns it (the outbox); assigned to its author
      const tagged = await setClaimTags(db, {
        claimId: checked.claim.id,
        add: [`aa tunnels ${randomBytes(3).toString("hex")}`],
        actorId: checked.editor.id,
      });
      tag = tagged.tags[0]!;
      await db.claim.update({
        where: { id: checked.claim.id },
        data: { assigneeId: checked.author.id },
      });
      // the article it was said in comes from an outlet ("AA" sorts it among the top outlets)
      const o = await db.outlet.create({
        data: { name: `AA Harbor Times ${randomBytes(3).toString("hex")}`, domain: "ht.example" },
      });
      outlet = o.name;
      await db.article.update({ where: { id: checked.article.id }, data: { outletId: o.id } });
    });
    test.afterAll(async () => {
      await db.$disconnect();
    });

    test("the date range filters every chart, and a verdict bar leads to the claims it counted", async ({
      page,
      makeUser,
    }) => {
      await signIn(page, await makeUser("editor"));
      await page.goto("/dashboard");
      const bySpeaker = page.getByRole("figure", { name: "Verdicts by speaker" });
      await expect(bySpeaker).toContainText(speaker);
      await screenshot(page, "dashboard-1280");

      // a range with no work: the charts say so
      await page.getByLabel("From", { exact: true }).fill("2020-01-01");
      await page.getByLabel("To", { exact: true }).fill("2020-01-31");
      await page.getByRole("button", { name: "Show" }).click();
      await expect(page).toHaveURL(/from=2020-01-01&to=2020-01-31/);
      await expect(bySpeaker).toContainText("No verdicts in this range.");
      await expect(page.getByText("2020-01-01 to 2020-01-31")).toBeVisible();

      // back to a range with today in it; the table view links like the bars do
      const today = new Date().toISOString().slice(0, 10);
      // (the dashboard reads at most two years at once)
      const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
      await page.goto(`/dashboard?from=${monthAgo}&to=${today}`);
      await bySpeaker.getByText("Show as a table").click();
      await bySpeaker
        .getByRole("row", { name: new RegExp(speaker) })
        .getByRole("link")
        .click();
      const verdictList = page.getByRole("region", { name: "Filtered by verdict" });
      const queue = page.getByRole("region", { name: "Review queue" });
      const range = `approved ${monthAgo} to ${today}`;
      await expect(verdictList.getByRole("heading")).toHaveText(
        `Claims by ${speaker} rated Mostly False, ${range}`,
      );
      await expect(queue.getByRole("link", { name: checked.claim.text })).toBeVisible();
      await expect(page.getByText("1 claim, most check-worthy first.")).toBeVisible();
      await expect(page.getByText(other.claim.text)).toHaveCount(0);

      // the outlet's bar: the claims said in that outlet's articles
      await page.goto(`/dashboard?from=${monthAgo}&to=${today}`);
      await page
        .getByRole("figure", { name: "Verdicts by outlet" })
        .getByRole("link", { name: `${outlet}, Mostly False: 1` })
        .click();
      await expect(verdictList.getByRole("heading")).toHaveText(
        `Claims in ${outlet} rated Mostly False, ${range}`,
      );
      await expect(queue.getByRole("link", { name: checked.claim.text })).toBeVisible();
      await expect(page.getByText("1 claim, most check-worthy first.")).toBeVisible();
      await expect(page.getByText(other.claim.text)).toHaveCount(0);

      // a range the claim was not approved in: the same list is empty, and says so
      await page.goto(
        `/queue?speaker=${encodeURIComponent(speaker)}&verdict=Mostly+False&from=2020-01-01&to=2020-01-31`,
      );
      await expect(verdictList.getByRole("heading")).toHaveText(
        `Claims by ${speaker} rated Mostly False, approved 2020-01-01 to 2020-01-31`,
      );
      await expect(
        page.getByText("No claims with such a verdict were approved in this range."),
      ).toBeVisible();

      // the bar itself links to the same list
      await page.goto(`/dashboard?from=${monthAgo}&to=${today}`);
      const bar = bySpeaker.getByRole("link", { name: `${speaker}, Mostly False: 1` });
      await expect(bar).toHaveAttribute("href", /speaker=/);
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSidewaysScroll(page);
      await screenshot(page, "dashboard-390");
    });

    test("each person's bar leads to their work in the queue, a tag bar to the claims it counted", async ({
      page,
      makeUser,
    }) => {
      await signIn(page, await makeUser("editor"));
      const today = new Date().toISOString().slice(0, 10);
      const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
      const dashboard = `/dashboard?from=${monthAgo}&to=${today}`;
      const filtered = page.getByRole("region", { name: "Filtered by person" });
      const queue = page.getByRole("region", { name: "Review queue" });
      const author = checked.author.name;
      const editor = checked.editor.name;

      await page.goto(dashboard);
      await page
        .getByRole("figure", { name: "Verdicts written per person" })
        .getByRole("link", { name: `${author}: 1` })
        .click();
      await expect(page).toHaveURL(/\/queue\?person=.*&work=rated&from=/);
      await expect(filtered.getByRole("heading")).toHaveText(
        `Claims with verdicts written by ${author}, ${monthAgo} to ${today}`,
      );
      await expect(queue.getByRole("link", { name: checked.claim.text })).toBeVisible();
      await expect(page.getByText("1 claim, most check-worthy first.")).toBeVisible();
      await screenshot(page, "queue-by-person-1280");
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSidewaysScroll(page);
      await screenshot(page, "queue-by-person-390");
      await page.setViewportSize({ width: 1280, height: 800 });

      await page.goto(dashboard);
      await page
        .getByRole("figure", { name: "Approvals per person" })
        .getByRole("link", { name: `${editor}: 1` })
        .click();
      await expect(filtered.getByRole("heading")).toHaveText(
        `Claims with verdicts approved by ${editor}, ${monthAgo} to ${today}`,
      );
      await expect(queue.getByRole("link", { name: checked.claim.text })).toBeVisible();

      await page.goto(dashboard);
      await page
        .getByRole("figure", { name: "Open assignments (today)" })
        .getByRole("link", { name: `${author}: 1` })
        .click();
      await expect(filtered.getByRole("heading")).toHaveText(`Open claims assigned to ${author}`);
      await expect(queue.getByRole("link", { name: checked.claim.text })).toBeVisible();

      // the tag bar: the claims with that tag and verdict, approved in the range
      await page.goto(dashboard);
      const byTag = page.getByRole("figure", { name: "Verdicts by tag" });
      await byTag.getByRole("link", { name: `${tag}, Mostly False: 1` }).click();
      await expect(page).toHaveURL(/\/queue\?tag=/);
      await expect(
        page.getByRole("region", { name: "Filtered by verdict" }).getByRole("heading"),
      ).toHaveText(`Claims tagged “${tag}” rated Mostly False, approved ${monthAgo} to ${today}`);
      await expect(queue.getByRole("link", { name: checked.claim.text })).toBeVisible();
      await expect(page.getByText("1 claim, most check-worthy first.")).toBeVisible();
      await expect(page.getByText(other.claim.text)).toHaveCount(0);
      await screenshot(page, "dashboard-tag-list-1280");
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSidewaysScroll(page);
      await screenshot(page, "dashboard-tag-list-390");
    });
  });
