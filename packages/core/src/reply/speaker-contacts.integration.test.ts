import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { getPublishedFactCheck } from "../publishing/load-fact-checks.ts";
import { publishClaim } from "../publishing/publish-claim.ts";
import { createCheckedClaim, createTestUser } from "../testing/index.ts";
import {
  addSpeakerContact,
  listSpeakerContacts,
  updateSpeakerContact,
} from "./speaker-contacts.ts";

const contact = {
  contactedBy: "Ana Reviewer",
  contactee: "Press office",
  method: "email",
  contactedAt: "2026-03-02",
};

describe("right of reply", () => {
  it("logs contacts for reviewers, audited, naming bad fields, and shows only ticked ones publicly", async () => {
    const db = getDb();
    const { claim, author, editor } = await createCheckedClaim(db);
    const { slug } = await publishClaim(db, { claimId: claim.id, actorId: editor.id });
    const disabled = await createTestUser(db, "reviewer");
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    await expect(
      addSpeakerContact(db, { claimId: claim.id, actorId: disabled.id, contact }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      addSpeakerContact(db, {
        claimId: claim.id,
        actorId: author.id,
        contact: { ...contact, contactedAt: "02/03/2026", method: "fax", repliedAt: "2026-03-01" },
      }),
    ).rejects.toThrow(/How: .*; When: write the date as 2026-12-01/);
    expect(await listSpeakerContacts(db, claim.id)).toHaveLength(0);

    const hidden = await addSpeakerContact(db, { claimId: claim.id, actorId: author.id, contact });
    expect(hidden.reply).toBeNull();
    expect((await getPublishedFactCheck(db, slug))?.replies).toEqual([]);
    const purgesBefore = await db.pagePurge.count();
    await updateSpeakerContact(db, {
      contactId: hidden.id,
      actorId: author.id,
      contact: {
        ...contact,
        reply: "We stand by it.",
        repliedAt: "2026-03-04",
        showPublicly: true,
      },
    });
    expect((await getPublishedFactCheck(db, slug))?.replies).toEqual([
      {
        contactee: "Press office",
        method: "email",
        contactedAt: new Date("2026-03-02T00:00:00Z"),
        reply: "We stand by it.",
        repliedAt: new Date("2026-03-04T00:00:00Z"),
      },
    ]);
    expect(await db.pagePurge.count()).toBe(purgesBefore + 1);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: claim.id, action: "claim.contact.update" },
    });
    expect(audit.data).toMatchObject({
      before: { reply: null, showPublicly: false },
      after: { reply: "We stand by it.", showPublicly: true },
    });
  });
});
