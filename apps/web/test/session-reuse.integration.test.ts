// Issue 16: another web process kept serving a signed-out session for up to a second (each
// process reuses looked-up sessions). Sign-out and admin changes now reach every process at
// once through PostgreSQL LISTEN/NOTIFY; without a working listener nothing is reused.
import { createSession, deleteSession, getSession } from "@claimdesk/core/auth";
import { createTestUser } from "@claimdesk/core/testing";
import { updateUser } from "@claimdesk/core/users";
import { getDb } from "@claimdesk/db";
import { afterAll, describe, expect, it } from "vitest";
import { SessionListener } from "../app/services/session-listener.server.ts";
import { SessionReuse } from "../app/services/session-reuse.server.ts";

const listeners: SessionListener[] = [];
afterAll(async () => {
  await Promise.all(listeners.map((l) => l.stop()));
});

/** One web process: its own reuse cache and its own listening connection. */
async function webProcess(reuseMs?: number) {
  const listener = new SessionListener(process.env.DATABASE_URL!);
  listeners.push(listener);
  await listener.start();
  let lookups = 0;
  const reuse = new SessionReuse({
    ...(reuseMs === undefined ? {} : { reuseMs }),
    lookup: (token) => {
      lookups += 1;
      return getSession(getDb(), token);
    },
    listener,
  });
  return { reuse, lookups: () => lookups };
}

async function within(ms: number, ok: () => Promise<boolean>) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await ok()) return true;
    await new Promise((r) => setTimeout(r, 5));
  }
  return ok();
}

describe("reused sessions across web processes", () => {
  it("reuses a session within a process (one lookup for a page's several reads)", async () => {
    const a = await webProcess();
    const user = await createTestUser(getDb(), "reviewer");
    const { token } = await createSession(getDb(), user.id);
    expect((await a.reuse.get(token))?.user.id).toBe(user.id);
    expect((await a.reuse.get(token))?.user.id).toBe(user.id);
    expect(a.lookups()).toBe(1);
  });

  it("a sign-out in one process is refused by the other at once, not when its reuse expires", async () => {
    // Both reuse sessions for ten minutes: only the notification can make b refuse in time.
    const [a, b] = await Promise.all([webProcess(600_000), webProcess(600_000)]);
    const user = await createTestUser(getDb(), "reviewer");
    const { token } = await createSession(getDb(), user.id);
    expect(await a.reuse.get(token)).not.toBeNull();
    expect(await b.reuse.get(token)).not.toBeNull();
    await deleteSession(getDb(), token);
    // Generous for a loaded machine; the reuse window it must beat is ten minutes.
    expect(await within(10_000, async () => (await b.reuse.get(token)) === null)).toBe(true);
  });

  it("an admin's change to a user makes every process look sessions up again", async () => {
    const [a, b] = await Promise.all([webProcess(), webProcess()]);
    const admin = await createTestUser(getDb(), "admin");
    const user = await createTestUser(getDb(), "reviewer");
    const { token } = await createSession(getDb(), user.id);
    expect((await b.reuse.get(token))?.user.role).toBe("reviewer");
    await updateUser(getDb(), { userId: user.id, role: "editor", actorId: admin.id });
    expect(await within(100, async () => (await b.reuse.get(token))?.user.role === "editor")).toBe(
      true,
    );
    void a;
  });

  it("reuses nothing while its listener is not connected", async () => {
    const listener = new SessionListener("postgresql://postgres@127.0.0.1:1/nothing");
    listeners.push(listener);
    await listener.start().catch(() => {});
    let lookups = 0;
    const reuse = new SessionReuse({
      lookup: async () => {
        lookups += 1;
        return null;
      },
      listener,
    });
    await reuse.get("t");
    await reuse.get("t");
    expect(lookups).toBe(2);
  });
});
