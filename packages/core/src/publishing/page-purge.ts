import type { Db, Prisma } from "@claimdesk/db";

/** The public paths a change of one fact-check makes stale: its page, the list and the feed. */
export function factCheckPaths(slug: string): string[] {
  return [`/fact-checks/${encodeURIComponent(slug)}`, "/fact-checks", "/api/claimreview"];
}

/**
 * Queues a CDN purge of a fact-check's public paths, in the caller's transaction (with the change
 * readers will see): the worker sends it to CDN_PURGE_URL (sendPagePurges), so a crash between
 * the commit and the purge loses nothing.
 */
export async function queuePagePurge(tx: Prisma.TransactionClient, slug: string) {
  await tx.pagePurge.create({ data: { paths: factCheckPaths(slug) } });
}

/** What sending needs: an HTTP client (fetch), the hook and the public origin. */
export interface PurgeOptions {
  /** CDN_PURGE_URL: receives `POST {"urls": [...]}` (JSON) */
  purgeUrl: string;
  /** CDN_PURGE_TOKEN: sent as `Authorization: Bearer …` when set */
  token?: string | undefined;
  /** PUBLIC_ORIGIN: the site the paths are on */
  origin: string;
  fetch?: typeof fetch;
  batchSize?: number;
  timeoutMs?: number;
  /** attempts before a purge is given up (dead; the page expires by itself within max-age) */
  maxAttempts?: number;
}

const MAX_URLS = 100;

/**
 * Sends queued purges: up to `batchSize` rows under a row lock (`SKIP LOCKED`, so two workers
 * never send the same one), their URLs de-duplicated into one POST. A refused or failed call is
 * retried later with back-off (30 s, 1 min, 2 min …) and given up after `maxAttempts`.
 */
export async function sendPagePurges(db: Db, options: PurgeOptions) {
  const doFetch = options.fetch ?? fetch;
  const batchSize = Math.min(options.batchSize ?? 50, 200);
  const maxAttempts = options.maxAttempts ?? 8;
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: bigint; paths: string[]; attempts: number }[]>`
        select id, paths, attempts from "PagePurge"
        where "purgedAt" is null and "deadAt" is null and "availableAt" <= now()
        order by id limit ${batchSize} for update skip locked`;
      if (rows.length === 0) return { purged: 0, failed: 0, urls: [] as string[] };
      const origin = options.origin.replace(/\/+$/, "");
      const urls = [...new Set(rows.flatMap((r) => r.paths))]
        .slice(0, MAX_URLS)
        .map((p) => `${origin}${p}`);
      const ids = rows.map((r) => r.id);
      let error: string | null = null;
      try {
        const response = await doFetch(options.purgeUrl, {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
          },
          body: JSON.stringify({ urls }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
          redirect: "error",
        });
        if (!response.ok) error = `the CDN answered HTTP ${response.status}`;
        await response.body?.cancel();
      } catch (e) {
        error = String((e as Error)?.message ?? e)
          .split("\n")[0]!
          .slice(0, 300);
      }
      if (!error) {
        await tx.pagePurge.updateMany({
          where: { id: { in: ids } },
          data: { purgedAt: new Date(), lastError: null },
        });
        return { purged: rows.length, failed: 0, urls };
      }
      for (const row of rows) {
        const attempts = row.attempts + 1;
        await tx.pagePurge.update({
          where: { id: row.id },
          data: {
            attempts,
            lastError: error,
            availableAt: new Date(Date.now() + 30_000 * 2 ** Math.min(attempts - 1, 6)),
            ...(attempts >= maxAttempts ? { deadAt: new Date() } : {}),
          },
        });
      }
      return { purged: 0, failed: rows.length, urls, error };
    },
    { timeout: (options.timeoutMs ?? 10_000) + 5_000 },
  );
}
