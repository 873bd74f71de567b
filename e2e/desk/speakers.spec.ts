import { randomBytes } from "node:crypto";
import { createCheckedClaim } from "@claimdesk/core/testing";
import { createDb, type Db } from "@claimdesk/db";
import { expect, expectNoSidewaysScroll, screenshot, signIn, test } from "../support/fixtures.ts";
import { readState } from "../support/stack.ts";

// An editor opens a speaker from a claim, sees their claims and verdicts, merges a duplicate
// ("President Trump" into "Donald Trump"), follows the duplicate's old address to the merged
// page, and undoes the merge.
test.describe
  .serial("speaker pages and merging duplicates", () => {
    let db: Db;
    const tag = randomBytes(3).toString("hex");
    const keepName = `Donald Trump ${tag}`;
    const dupeName = `President Trump ${tag}`;
    let keep = { claimId: "", text: "", slug: "" };
    let dupe = { claimId: "", text: "", slug: "" };

    test.beforeAll(async () => {
      db = createDb(readState().databaseUrl, { max: 2 });
      const make = async (name: string, text: string) => {
        const checked = await createCheckedClaim(db, { text: `${text} (e2e ${tag})` });
        const slug = `${name.toLowerCase().replace(/\W+/g, "-")}`;
        await db.speaker.update({ where: { id: checked.speaker.id }, data: { name, slug } });
        return { claimId: checked.claim.id, text: checked.claim.text, slug };
      };
      keep = await make(keepName, "The wall cost nothing to taxpayers");
      dupe = await make(dupeName, "Tariffs are paid entirely by other countries");
    });
    test.afterAll(async () => {
      await db.$disconnect();
    });

    test("the speaker page shows claims with verdicts; an editor merges a duplicate and undoes it", async ({
      page,
      makeUser,
    }) => {
      const editor = await makeUser("editor");
      await signIn(page, editor);
      await page.goto(`/claims/${keep.claimId}`);
      await page.getByRole("link", { name: keepName }).first().click();
      await expect(page).toHaveURL(new RegExp(`/speakers/${keep.slug}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(keepName);
      const claims = page.getByRole("region", { name: /^Claims/ });
      await expect(claims.getByRole("listitem")).toHaveCount(1);
      await expect(claims).toContainText(keep.text);
      await expect(claims).toContainText("Mostly False");
      await expect(page.getByRole("figure", { name: "Verdicts by this desk" })).toBeVisible();
      await screenshot(page, "speaker-1280");

      // the merge form lists the duplicate (found by the shared word of the names)
      await page.getByLabel("Find speakers named").fill(tag);
      await page.getByRole("button", { name: "Find", exact: true }).last().click();
      await page.getByRole("checkbox", { name: new RegExp(dupeName) }).check();
      await page.getByRole("button", { name: `Merge selected into ${keepName}` }).click();
      await expect(page.getByRole("status")).toContainText(
        `Merged into ${keepName}: ${dupeName} (1 statements, 1 claims)`,
      );
      await expect(claims.getByRole("listitem")).toHaveCount(2);
      await expect(claims).toContainText(dupe.text);
      await expect(page.getByText(`Also named: ${dupeName}`)).toBeVisible();

      // the duplicate's old address leads to the merged page; the list no longer shows it
      await page.goto(`/speakers/${dupe.slug}`);
      await expect(page).toHaveURL(new RegExp(`/speakers/${keep.slug}$`));
      await page.goto(`/speakers?q=${tag}`);
      const list = page.getByRole("list", { name: "Speakers" });
      await expect(list.getByRole("link", { name: keepName })).toBeVisible();
      await expect(list.getByRole("link", { name: dupeName })).toHaveCount(0);

      await page.goto(`/speakers/${keep.slug}`);
      await page.getByRole("button", { name: `Undo merge of ${dupeName}` }).click();
      await expect(page.getByRole("status")).toContainText(
        `Undone: ${dupeName} has their own page again`,
      );
      await expect(claims.getByRole("listitem")).toHaveCount(1);
      await page.goto(`/speakers/${dupe.slug}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(dupeName);
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSidewaysScroll(page);
      await screenshot(page, "speaker-390");
    });

    test("a reviewer sees the page but no merge controls", async ({ page, makeUser }) => {
      await signIn(page, await makeUser("reviewer"));
      await page.goto(`/speakers/${keep.slug}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(keepName);
      await expect(page.getByRole("button", { name: /Merge selected/ })).toHaveCount(0);
    });
  });
