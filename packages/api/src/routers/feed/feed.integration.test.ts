import { getDb } from "@claimdesk/db";
import { type Queue, startQueue } from "@claimdesk/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymousCaller, signedInCaller } from "../claim/test-helpers.ts";

let queue: Queue;
/** The job queue this file starts, in the callers' context as the web server puts its own. */
const withQueue = { services: { queue: { get: async () => queue } } };

beforeAll(async () => {
  queue = await startQueue(process.env.DATABASE_URL!, { supervise: false, max: 2 });
});

afterAll(async () => {
  await queue.stop({ graceful: false, wait: true, close: true });
});

describe("feed router", () => {
  it("is for admins only, checked on the server", async () => {
    const reviewer = await signedInCaller("reviewer", withQueue);
    const editor = await signedInCaller("editor", withQueue);
    await expect((await anonymousCaller()).feed.list()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    for (const { caller } of [reviewer, editor]) {
      await expect(caller.feed.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        caller.feed.add({ url: "https://news.example.org/feed.xml" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await getDb().feed.count()).toBe(0);
  });

  it("adds, lists, pauses, resumes and polls a feed, auditing each change", async () => {
    const { caller, user } = await signedInCaller("admin", withQueue);
    expect((await caller.feed.list()).feeds).toEqual([]);

    const added = await caller.feed.add({
      url: "https://news.example.org/politics/rss",
      title: " Politics ",
    });
    expect(added.url).toBe("https://news.example.org/politics/rss");
    // A failing poll left behind on the row shows in the list, with its count.
    await getDb().feed.update({
      where: { id: added.id },
      data: { lastError: "HTTP 503", errorCount: 3, lastPolledAt: new Date() },
    });
    const [listed] = (await caller.feed.list()).feeds;
    expect(listed).toMatchObject({
      id: added.id,
      title: "Politics",
      outlet: "news.example.org",
      enabled: true,
      items: 0,
      lastItemAt: null,
      lastError: "HTTP 503",
      errorCount: 3,
    });

    expect(await caller.feed.setEnabled({ id: added.id, enabled: false })).toEqual({
      id: added.id,
      enabled: false,
    });
    await caller.feed.setEnabled({ id: added.id, enabled: true });
    const resumed = await getDb().feed.findUniqueOrThrow({ where: { id: added.id } });
    expect(resumed).toMatchObject({ enabled: true, errorCount: 0 });

    const polled = await caller.feed.poll({ id: added.id });
    expect(polled.jobId).toMatch(/^[0-9a-f-]{36}$/);
    // A second press while the first is queued does not queue another poll.
    expect((await caller.feed.poll({ id: added.id })).jobId).toBeNull();
    const jobs = await getDb().$queryRawUnsafe<{ data: unknown }[]>(
      "select data from pgboss.job where name = 'feeds-poll'",
    );
    expect(jobs).toEqual([{ data: { v: 1, feedId: added.id } }]);

    const audit = await getDb().auditEvent.findMany({
      where: { entityType: "feed", entityId: added.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["feed.create", user.id],
      ["feed.disable", user.id],
      ["feed.enable", user.id],
    ]);
  });

  it("refuses private addresses, duplicates, bad input and unknown feeds with readable errors", async () => {
    const { caller } = await signedInCaller("admin", withQueue);
    await expect(caller.feed.add({ url: "http://127.0.0.1:8080/feed" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(caller.feed.add({ url: "http://169.254.169.254/latest/" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(caller.feed.add({ url: "  " })).rejects.toThrow(/Paste the feed's address/);
    await caller.feed.add({ url: "https://wire.example.net/all.atom" });
    await expect(caller.feed.add({ url: "https://wire.example.net/all.atom" })).rejects.toThrow(
      /already followed/,
    );
    await expect(caller.feed.setEnabled({ id: "nope", enabled: false })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(caller.feed.poll({ id: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
