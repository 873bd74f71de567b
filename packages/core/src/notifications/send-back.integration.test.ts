import type { AddressInfo } from "node:net";
import { getDb } from "@claimdesk/db";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendBackClaim } from "../claims/send-back-claim.ts";
import { countAwaitingApproval, listAwaitingApproval } from "../review/index.ts";
import { createCheckedClaim, createTestUser } from "../testing/index.ts";
import { listNotifications, markNotificationsRead } from "./list-notifications.ts";
import { sendNotificationEmails } from "./send-notification-emails.ts";

// A real SMTP server on loopback (smtp-server), and nodemailer's real SMTP client talking to it.
const received: { from: string; to: string[]; body: string }[] = [];
let server: SMTPServer;
let port = 0;
beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let body = "";
      stream.on("data", (chunk: Buffer) => {
        body += chunk.toString("utf8");
      });
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          body,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("sending a verdict back with a note", () => {
  it("lists the draft in other editors' approval lists, oldest first, never in its author's", async () => {
    const db = getDb();
    const older = await createCheckedClaim(db, { stage: "draft" });
    const newer = await createCheckedClaim(db, { stage: "draft" });
    const editor = await createTestUser(db, "editor");
    const list = await listAwaitingApproval(db, { editorId: editor.id, page: 1, pageSize: 50 });
    const mine = list.items.filter((i) => [older.claim.id, newer.claim.id].includes(i.claimId));
    expect(mine.map((i) => i.claimId)).toEqual([older.claim.id, newer.claim.id]);
    expect(mine[0]).toMatchObject({ kind: "verdict", verdict: "Mostly False" });
    expect(await countAwaitingApproval(db, editor.id)).toBe(list.total);
    // Its author (a reviewer here; an editor author likewise) never sees their own draft.
    const own = await listAwaitingApproval(db, {
      editorId: older.author.id,
      page: 1,
      pageSize: 50,
    });
    expect(own.items.map((i) => i.claimId)).not.toContain(older.claim.id);
  });

  it("returns the claim to research, tells the reviewer in the app and by e-mail through SMTP", async () => {
    const db = getDb();
    const { claim, rating, author } = await createCheckedClaim(db, { stage: "draft" });
    const editor = await createTestUser(db, "editor", { name: "Edna Editor" });
    await expect(
      sendBackClaim(db, { claimId: claim.id, actorId: editor.id, note: " " }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      sendBackClaim(db, { claimId: claim.id, actorId: author.id, note: "Needs a source." }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const result = await sendBackClaim(db, {
      claimId: claim.id,
      actorId: editor.id,
      note: "The 2025 traffic count is a county figure; find the state one.",
    });
    expect(result.notified).toBe(1);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe(
      "in_research",
    );
    expect((await db.rating.findUniqueOrThrow({ where: { id: rating.id } })).status).toBe("draft");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: claim.id, action: "claim.send_back" },
    });
    expect(audit.data).toMatchObject({ from: "rated", note: expect.stringContaining("county") });

    const inbox = await listNotifications(db, { userId: author.id });
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0]).toMatchObject({
      kind: "claim.sent_back",
      claimId: claim.id,
      actorName: "Edna Editor",
      message: expect.stringContaining("find the state one"),
    });
    // No longer waiting for approval.
    const waiting = await listAwaitingApproval(db, { editorId: editor.id, page: 1, pageSize: 100 });
    expect(waiting.items.map((i) => i.claimId)).not.toContain(claim.id);

    const transport = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false });
    const sent = await sendNotificationEmails(db, transport, {
      from: "desk@claimdesk.test",
      origin: "https://desk.example.org",
    });
    expect(sent.sent).toBeGreaterThanOrEqual(1);
    const mail = received.find((m) => m.to.includes(author.email));
    expect(mail?.from).toBe("desk@claimdesk.test");
    expect(mail?.body).toContain(
      "Subject: claimdesk: A verdict of yours was sent back to research",
    );
    expect(mail?.body).toContain(`https://desk.example.org/claims/${claim.id}`);
    // Sent once: a second pass finds nothing new for this user.
    const count = received.length;
    await sendNotificationEmails(db, transport, {
      from: "desk@claimdesk.test",
      origin: "https://x",
    });
    expect(received.filter((m) => m.to.includes(author.email))).toHaveLength(1);
    expect(received.length).toBeGreaterThanOrEqual(count);

    expect(await markNotificationsRead(db, { userId: author.id })).toBe(1);
    expect((await listNotifications(db, { userId: author.id })).unread).toBe(0);
  });

  it("keeps a failed send with its reason and does not try it again in a loop", async () => {
    const db = getDb();
    const { claim } = await createCheckedClaim(db, { stage: "draft" });
    const editor = await createTestUser(db, "editor");
    await sendBackClaim(db, { claimId: claim.id, actorId: editor.id, note: "Check the date." });
    const broken = { sendMail: async () => Promise.reject(new Error("550 mailbox unavailable")) };
    await sendNotificationEmails(db, broken, { from: "d@x.test", origin: "https://x" });
    const row = await db.notification.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(row).toMatchObject({ emailedAt: null, emailError: "550 mailbox unavailable" });
  });

  it("withdraws the approval of an approved verdict it sends back", async () => {
    const db = getDb();
    const { claim, rating } = await createCheckedClaim(db);
    const editor = await createTestUser(db, "editor");
    await sendBackClaim(db, { claimId: claim.id, actorId: editor.id, note: "Recheck the count." });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe(
      "in_research",
    );
    expect(await db.rating.findUniqueOrThrow({ where: { id: rating.id } })).toMatchObject({
      status: "draft",
      approverId: null,
      approvedAt: null,
    });
  });
});
