import { createCheckedClaim } from "@claimdesk/core/testing";
import { createDb, type Db } from "@claimdesk/db";
import { expect, expectNoSidewaysScroll, screenshot, signIn, test } from "../support/fixtures.ts";
import { readState } from "../support/stack.ts";

// An editor finds a verdict someone else wrote in "Awaiting my approval", sends it back with a
// note, and the reviewer who wrote it reads the note in their notifications.
test.describe
  .serial("the approval list and send-back", () => {
    let db: Db;
    let claimId = "";
    let claimText = "";
    let author = { email: "", password: "correct horse battery staple" };

    test.beforeAll(async () => {
      db = createDb(readState().databaseUrl, { max: 2 });
      const checked = await createCheckedClaim(db, {
        stage: "draft",
        text: `The ferry carries 9,000 passengers a day (e2e ${Date.now()})`,
      });
      claimId = checked.claim.id;
      claimText = checked.claim.text;
      author = { ...author, email: checked.author.email };
    });
    test.afterAll(async () => {
      await db.$disconnect();
    });

    test("an editor sees the draft in the approval list and sends it back with a note", async ({
      page,
      makeUser,
    }) => {
      const editor = await makeUser("editor");
      await signIn(page, editor);
      const nav = page.getByRole("navigation", { name: "Main" });
      const link = nav.getByRole("link", { name: /Awaiting my approval/ });
      await expect(link).toContainText(/\d+ waiting/);
      await link.click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Awaiting my approval");
      const list = page.getByRole("list", { name: "Verdicts awaiting approval" });
      const item = list.getByRole("listitem").filter({ hasText: claimText });
      await expect(item).toContainText("Mostly False");
      await expect(item).toContainText(/waiting/);
      await screenshot(page, "approvals-1280");

      // A mouse click on the claim's text opens it (a <q> inside the link once swallowed it).
      await item.getByRole("link", { name: claimText }).click();
      await expect(page).toHaveURL(new RegExp(`/claims/${claimId}$`));
      await page.getByText("Send back to research", { exact: true }).click();
      // The note is required: the browser refuses an empty one, the server a blank one.
      await page.getByLabel("What does the verdict still need?").fill("   ");
      await page.getByRole("button", { name: "Send back with this note" }).click();
      await expect(page.getByRole("alert")).toContainText(/note|characters/i);
      await page
        .getByLabel("What does the verdict still need?")
        .fill("The 9,000 figure is from 2019; find this year's count.");
      await page.getByRole("button", { name: "Send back with this note" }).click();
      await expect(page.getByRole("status")).toHaveText(
        "Sent back to research. The reviewer has your note.",
      );
      await expect(page.locator(".stepper [aria-current=step]")).toHaveText("Research");

      await page.goto("/approvals");
      await expect(page.getByText(claimText)).toHaveCount(0);
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSidewaysScroll(page);
      await screenshot(page, "approvals-390");
    });

    test("the reviewer reads the note in their notifications and marks it read", async ({
      page,
    }) => {
      await signIn(page, author);
      const nav = page.getByRole("link", { name: /^Notifications/ });
      await expect(nav).toContainText("1 unread");
      await nav.click();
      const list = page.getByRole("list", { name: "Notifications" });
      await expect(list.getByRole("listitem").first()).toContainText("find this year's count");
      await expect(list.getByRole("listitem").first()).toContainText("sent “The ferry carries");
      await screenshot(page, "notifications-1280");
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSidewaysScroll(page);
      await screenshot(page, "notifications-390");
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByRole("button", { name: "Mark all read" }).click();
      await expect(page.getByRole("button", { name: "Mark all read" })).toHaveCount(0);
      await expect(page.getByRole("link", { name: /^Notifications/ })).not.toContainText("unread");
      await list.getByRole("link", { name: "Open the claim" }).first().click();
      await expect(page).toHaveURL(new RegExp(`/claims/${claimId}$`));
      // A reviewer has no approval list.
      await expect(page.getByRole("link", { name: /Awaiting my approval/ })).toHaveCount(0);
    });
  });
