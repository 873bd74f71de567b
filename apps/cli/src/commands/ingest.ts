import { basename } from "node:path";
import { extractArticle } from "@claimdesk/core/articles";
import { DomainError } from "@claimdesk/core/errors";
import {
  createFileArticle,
  createUrlArticle,
  ingestUrlArticle,
  MAX_FILE_BYTES,
} from "@claimdesk/core/ingest";
import type { Db } from "@claimdesk/db";
import { parseCommandArgs } from "../args.ts";
import { type Command, UsageError } from "../command.ts";
import { createProgressBar } from "../progress.ts";
import { readInputFile } from "../read-input-file.ts";

type Summary = {
  id: string;
  title: string;
  status: string;
  error: string | null;
  statements: number;
  duplicate: boolean;
};

async function summarize(db: Db, id: string, duplicate: boolean): Promise<Summary> {
  const a = await db.article.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      title: true,
      status: true,
      error: true,
      _count: { select: { statements: true } },
    },
  });
  return {
    id: a.id,
    title: a.title,
    status: a.status,
    error: a.error,
    statements: a._count.statements,
    duplicate,
  };
}

async function ingestUrl(
  db: Db,
  url: string,
  ctx: Parameters<Command["run"]>[1],
): Promise<Summary> {
  let created: Awaited<ReturnType<typeof createUrlArticle>>;
  try {
    created = await createUrlArticle(db, { url });
  } catch (error) {
    if (error instanceof DomainError) throw new UsageError(error.message);
    throw error;
  }
  const { article, duplicate } = created;
  if (duplicate && article.status === "ready") {
    ctx.err(`already ingested as article ${article.id}`);
    return summarize(db, article.id, true);
  }
  if (article.status === "failed" && !duplicate) return summarize(db, article.id, false);
  const bar = createProgressBar("ingest", 100);
  await ingestUrlArticle(db, article.id, {
    // The command runs while the user waits: a shorter lease lets it take over an abandoned row.
    leaseMs: 10_000,
    onProgress: (progress) => bar.set(progress),
  }).catch((error: Error) => ctx.err(error.message));
  bar.finish();
  return summarize(db, article.id, duplicate);
}

async function ingestFile(db: Db, file: string): Promise<Summary> {
  const content = readInputFile(file, { maxBytes: MAX_FILE_BYTES });
  let result: Awaited<ReturnType<typeof createFileArticle>>;
  try {
    result = await createFileArticle(db, { fileName: basename(file), content });
  } catch (error) {
    if (error instanceof DomainError) throw new UsageError(error.message);
    throw error;
  }
  if (!result.duplicate || result.article.status !== "ready")
    await extractArticle(db, result.article.id);
  return summarize(db, result.article.id, result.duplicate);
}

export const ingestCommand: Command = {
  name: "ingest",
  summary: "Ingest an article from a URL (fetched safely) or a .txt/.html file, and extract it",
  usage: "claimdesk ingest <url|file> [--json]",
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: "boolean" } },
      this.usage,
    );
    const json = values.json === true;
    const [target] = positionals;
    if (!target)
      throw new UsageError("ingest needs a URL or a file: claimdesk ingest <url|file> [--json]");
    const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(target);
    const summary = await ctx.withDb((db) =>
      isUrl ? ingestUrl(db, target, ctx) : ingestFile(db, target),
    );
    if (json) {
      ctx.out(JSON.stringify(summary));
    } else if (summary.status === "ready") {
      ctx.out(
        `${summary.duplicate ? "already stored" : "ingested"}: "${summary.title}" (article ${summary.id}), ${summary.statements} statements`,
      );
    } else {
      ctx.out(`${summary.status}: ${summary.error ?? "not finished"} (article ${summary.id})`);
    }
    return summary.status === "ready" ? 0 : 1;
  },
};
