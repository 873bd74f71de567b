import { publishClaim } from "@claimdesk/core/publishing";
import { createCheckedClaim } from "@claimdesk/core/testing";
import { createDb, type Db } from "@claimdesk/db";
import { expect, expectNoSidewaysScroll, screenshot, signIn, test } from "../support/fixtures.ts";
import { readState } from "../support/stack.ts";

const password = "correct horse battery staple";

// A reviewer logs contacting the speaker, edits the entry when the reply comes, and chooses to
// show it on the public fact-check; an entry not ticked stays on the desk.
test.describe
  .serial("right of reply", () => {
    let db: Db;
    let claimId = "";
    let slug = "";
    let reviewer = { email: "", password };

    test.beforeAll(async () => {
      db = createDb(readState().databaseUrl, { max: 2 });
      const checked = await createCheckedClaim(db, {
        text: `The port moved 3 million containers last year (e2e ${Date.now()})`,
      });
      claimId = checked.claim.id;
      reviewer = { email: checked.author.email, password };
      slug = (await publishClaim(db, { claimId, actorId: checked.editor.id })).slug;
    });
    test.afterAll(async () => {
      await db.$disconnect();
    });

    test("a reviewer logs contacts, fixes one with the reply, and one shows publicly", async ({
      page,
    }) => {
      await signIn(page, reviewer);
      await page.goto(`/claims/${claimId}`);
      const section = page.getByRole("region", { name: "Right of reply" });
      await expect(section).toContainText("Nobody has contacted the speaker yet.");

      await section.getByText("Log a contact with the speaker").click();
      await section.getByLabel("Whom").fill("Press office of the council member");
      await section.getByLabel("When (2026-12-01)").fill("2026-02-30");
      await section.getByRole("button", { name: "Add to the log" }).click();
      await expect(page.getByRole("alert")).toContainText("When: is not a real date");

      await section.getByLabel("When (2026-12-01)").fill("2026-03-02");
      await section.getByLabel("How", { exact: true }).selectOption("phone");
      await section.getByRole("button", { name: "Add to the log" }).click();
      await expect(page.getByRole("status")).toHaveText("Contact logged.");
      const log = section.getByRole("list", { name: "Contacts with the speaker" });
      await expect(log.getByRole("listitem")).toHaveCount(1);
      await expect(log).toContainText(
        "contacted Press office of the council member by phone on 2026-03-02",
      );
      await expect(log).toContainText("No reply.");

      // The reply arrives: the entry is edited, and shown on the public page.
      await log.getByText("Edit this entry").click();
      const entry = log.getByRole("listitem").first();
      await entry
        .getByLabel("Their reply (leave empty: no reply)")
        .fill("The figure included empty containers.");
      await entry.getByLabel("Reply date (2026-12-01)").fill("2026-03-03");
      await entry.getByLabel("Show this entry on the public fact-check").check();
      await entry.getByRole("button", { name: "Save the entry" }).click();
      await expect(page.getByRole("status")).toHaveText("Contact entry saved.");
      await expect(log).toContainText("The figure included empty containers.");
      await expect(log).toContainText("shown publicly");

      // A second contact, kept on the desk only (the form is still open, emptied).
      await section.getByLabel("Whom").last().fill("The council member's campaign");
      await section.getByRole("button", { name: "Add to the log" }).click();
      await expect(log.getByRole("listitem")).toHaveCount(2);
      await expect(page.locator(".audit")).toContainText("Right-of-reply entry edited");
      await section.scrollIntoViewIfNeeded();
      await screenshot(page, "right-of-reply-1280");
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSidewaysScroll(page);
      await screenshot(page, "right-of-reply-390");

      await page.goto(`/fact-checks/${slug}`);
      const reply = page.getByRole("region", { name: "Right of reply" });
      await expect(reply).toContainText("We contacted Press office of the council member by phone");
      await expect(reply).toContainText("The figure included empty containers.");
      await expect(reply).not.toContainText("campaign");
    });
  });
