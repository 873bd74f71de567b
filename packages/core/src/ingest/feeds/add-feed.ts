import type { Db } from "@claimdesk/db";
import { recordAuditEvent } from "../../audit/index.ts";
import { loadActor } from "../../auth/load-actor.ts";
import { badRequest, conflict } from "../../errors.ts";
import { FetchRefusedError } from "../errors.ts";
import { normalizeArticleUrl } from "../normalize-url.ts";
import { upsertOutlet } from "../upsert-outlet.ts";
import { checkUrl, type UrlPolicyOptions } from "../url-policy.ts";

/**
 * Follows a new RSS/Atom feed (polled by the worker). The URL must pass the fetch policy. An
 * admin on the desk, or the operator at the command line (no actor).
 */
export async function addFeed(
  db: Db,
  input: { url: string; actorId?: string | null; title?: string | null },
  /** tests only: `{ allowLoopbackForTests: true }` */
  policy: UrlPolicyOptions = {},
) {
  if (input.actorId) await loadActor(db, input.actorId, "admin");
  let url: URL;
  try {
    url = checkUrl(normalizeArticleUrl(input.url), policy);
  } catch (error) {
    if (error instanceof FetchRefusedError) throw badRequest(error.message);
    throw error;
  }
  const existing = await db.feed.findUnique({ where: { url: url.href } });
  if (existing) throw conflict(`The feed ${url.href} is already followed.`);
  return db.$transaction(async (tx) => {
    const outlet = await upsertOutlet(tx, { host: url.hostname });
    const feed = await tx.feed.create({
      data: { url: url.href, title: input.title ?? null, outletId: outlet?.id ?? null },
    });
    await recordAuditEvent(tx, {
      actorId: input.actorId ?? null,
      action: "feed.create",
      entityType: "feed",
      entityId: feed.id,
      data: { url: feed.url },
    });
    return feed;
  });
}
