import { DomainError } from "@claimdesk/core/errors";
import { addFeed } from "@claimdesk/core/ingest";
import { enqueue, pollFeedsJob } from "@claimdesk/jobs";
import { parseCommandArgs } from "../args.ts";
import { type Command, UsageError } from "../command.ts";

export const feedsAddCommand: Command = {
  name: "feeds add",
  summary: "Follow an RSS or Atom feed (the worker polls it and ingests new items)",
  usage: "claimdesk feeds add <url> [--title <title>] [--json]",
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(
      args,
      { title: { type: "string" }, json: { type: "boolean" } },
      this.usage,
    );
    const title = values.title ?? null;
    const [url] = positionals;
    if (!url) throw new UsageError("feeds add needs the feed's URL: claimdesk feeds add <url>");
    const feed = await ctx.withDb(async (db) => {
      try {
        return await addFeed(db, { url, title });
      } catch (error) {
        if (error instanceof DomainError) throw new UsageError(error.message);
        throw error;
      }
    });
    if (values.json) ctx.out(JSON.stringify({ id: feed.id, url: feed.url }));
    else ctx.out(`following ${feed.url} (feed ${feed.id}); the worker polls it on FEED_POLL_CRON`);
    return 0;
  },
};

export const feedsListCommand: Command = {
  name: "feeds list",
  summary: "List followed feeds with their last poll and error",
  usage: "claimdesk feeds list [--json]",
  async run(args, ctx) {
    const { values } = parseCommandArgs(args, { json: { type: "boolean" } }, this.usage);
    const feeds = await ctx.withDb((db) =>
      db.feed.findMany({
        orderBy: { createdAt: "asc" },
        include: { _count: { select: { items: true } } },
      }),
    );
    if (values.json) {
      ctx.out(
        JSON.stringify(
          feeds.map((f) => ({
            id: f.id,
            url: f.url,
            title: f.title,
            enabled: f.enabled,
            items: f._count.items,
            lastPolledAt: f.lastPolledAt,
            lastError: f.lastError,
            errorCount: f.errorCount,
          })),
        ),
      );
      return 0;
    }
    if (feeds.length === 0) {
      ctx.out("no feeds yet: claimdesk feeds add <url>");
      return 0;
    }
    for (const f of feeds) {
      const polled = f.lastPolledAt ? f.lastPolledAt.toISOString() : "never polled";
      const state = f.lastError ? `ERROR x${f.errorCount}: ${f.lastError}` : "ok";
      ctx.out(
        `${f.id}  ${f.enabled ? "on " : "off"}  ${f._count.items} items  ${polled}  ${state}\n    ${f.url}`,
      );
    }
    return 0;
  },
};

export const feedsPollCommand: Command = {
  name: "feeds poll",
  summary: "Have the worker poll every feed (or one) now instead of at the next FEED_POLL_CRON",
  usage: "claimdesk feeds poll [<feedId>] [--json]",
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: "boolean" } },
      this.usage,
    );
    const [feedId] = positionals;
    const jobId = await ctx.withServices(async ({ db, queue }) => {
      if (feedId && !(await db.feed.findUnique({ where: { id: feedId }, select: { id: true } })))
        throw new UsageError(`no feed ${feedId}: claimdesk feeds list shows the feeds' ids`);
      if (!feedId && (await db.feed.count({ where: { enabled: true } })) === 0)
        throw new UsageError("no feeds to poll: claimdesk feeds add <url>");
      // The run's producer queue: the worker takes the job from it.
      if (!queue) throw new Error("this run has no job queue");
      return enqueue(await queue.get(), pollFeedsJob, feedId ? { v: 1, feedId } : { v: 1 });
    });
    if (values.json) ctx.out(JSON.stringify({ jobId, feedId: feedId ?? null }));
    else
      ctx.out(
        `queued ${pollFeedsJob.name} job ${jobId}${feedId ? ` for feed ${feedId}` : " for every enabled feed"}; the worker polls it shortly (claimdesk feeds list shows the result)`,
      );
    return 0;
  },
};
