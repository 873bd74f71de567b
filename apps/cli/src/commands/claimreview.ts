import { writeFileSync } from "node:fs";
import { exportClaimReviews, importClaimReviews } from "@claimdesk/core/publishing";
import { loadEnv } from "@claimdesk/env";
import { drainOutbox } from "@claimdesk/search";
import { z } from "zod";
import { parseCommandArgs } from "../args.ts";
import { type Command, UsageError } from "../command.ts";
import { createProgressBar } from "../progress.ts";
import { readInputFile } from "../read-input-file.ts";

const MAX_BYTES = 100 * 1024 * 1024;

function parseDate(value: string | undefined, name: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw new UsageError(`--${name} must be an ISO date, e.g. 2026-03-01 (got "${value}")`);
  }
  return date;
}

export const claimreviewImportCommand: Command = {
  name: "claimreview import",
  summary: "Import ClaimReview JSON(-LD) from other fact-checkers as prior checks",
  usage:
    "claimdesk claimreview import <file.json> [--json]\n\n" +
    "Accepts one ClaimReview, an array, a JSON-LD @graph or the /api/claimreview feed format.\n" +
    "Re-importing the same file changes nothing (reviews are keyed by their url).",
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: "boolean" } },
      this.usage,
    );
    const json = values.json === true;
    const [file] = positionals;
    if (!file)
      throw new UsageError(
        "claimreview import needs a file: claimdesk claimreview import <file.json>",
      );
    const text = readInputFile(file, { maxBytes: MAX_BYTES, encoding: "utf8" });
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
    const { result, indexed } = await ctx.withServices(async ({ db, search: backend }) => {
      let bar: ReturnType<typeof createProgressBar> | null = null;
      const result = await importClaimReviews(db, input, {
        onProgress: json
          ? undefined
          : (done, total) => {
              bar ??= createProgressBar("import", total);
              bar.set(done);
            },
      });
      (bar as ReturnType<typeof createProgressBar> | null)?.finish();
      // Index what was written now, as `import liar` does, so search and `claimdesk match`
      // find the imported reviews without a worker running.
      await backend.ensureIndexes();
      return { result, indexed: await drainOutbox(db, backend) };
    });
    if (json) ctx.out(JSON.stringify(result));
    else {
      ctx.err(
        `imported ${result.created}, updated ${result.updated}, skipped ${result.unchanged} (unchanged), errors ${result.errors.length}; ${indexed} index changes applied`,
      );
      for (const w of result.warnings) ctx.err(`  warning ${w.item}: ${w.message}`);
      for (const e of result.errors) ctx.err(`  error   ${e.item}: ${e.message}`);
    }
    return result.errors.length > 0 ? 1 : 0;
  },
};

const ZExportEnv = z.object({
  PUBLIC_ORIGIN: z.url().optional(),
  CLAIMDESK_ORG_NAME: z.string().min(1).default("claimdesk demo desk"),
  CLAIMDESK_ORG_URL: z.url().optional(),
});

export const claimreviewExportCommand: Command = {
  name: "claimreview export",
  summary: "Export published fact-checks as ClaimReview JSON-LD",
  usage:
    "claimdesk claimreview export [--out file.json] [--origin https://site] [--since DATE] [--until DATE]\n\n" +
    "The origin defaults to PUBLIC_ORIGIN; the organisation comes from CLAIMDESK_ORG_NAME / CLAIMDESK_ORG_URL.",
  async run(args, ctx) {
    const { values } = parseCommandArgs(
      args,
      {
        out: { type: "string" },
        origin: { type: "string" },
        since: { type: "string" },
        until: { type: "string" },
      },
      this.usage,
    );
    const env = loadEnv(ZExportEnv);
    const origin = values.origin ?? env.PUBLIC_ORIGIN;
    if (!origin)
      throw new UsageError(
        "claimreview export needs the public site address: --origin https://… or PUBLIC_ORIGIN",
      );
    try {
      new URL(origin);
    } catch {
      throw new UsageError(
        `--origin must be a URL like https://factcheck.example.org (got "${origin}")`,
      );
    }
    const since = parseDate(values.since, "since");
    const until = parseDate(values.until, "until");
    const out = values.out;
    const reviews = await ctx.withDb((db) =>
      exportClaimReviews(
        db,
        {
          origin: new URL(origin).origin,
          orgName: env.CLAIMDESK_ORG_NAME,
          orgUrl: env.CLAIMDESK_ORG_URL,
        },
        { since, until },
      ),
    );
    const text = `${JSON.stringify(reviews, null, 2)}\n`;
    if (out) {
      writeFileSync(out, text);
      ctx.err(`wrote ${reviews.length} ClaimReview${reviews.length === 1 ? "" : "s"} to ${out}`);
    } else ctx.out(text);
    return 0;
  },
};
