import {
  ClaimMatcher,
  createClaimMatchSource,
  matchClaims,
  snapshotDirFromEnv,
} from "@claimdesk/search";
import { intOption, parseCommandArgs } from "../args.ts";
import { type Command, CommandError, UsageError } from "../command.ts";
import { toCliMatch } from "../output/search-output.ts";
import { readInputFile } from "../read-input-file.ts";

export const matchCommand: Command = {
  name: "match",
  summary: "Match statements (one per line) against earlier fact-checks, one JSON line each",
  usage:
    "claimdesk match <file> [--limit N]\n\n" +
    "Each line is matched against the archive of checked claims (imported ClaimReviews, LIAR\n" +
    "rows, published checks). Prints one JSON line per input line: the query and its hits, best\n" +
    'first, each with a 0-1 score, a level ("same" claim, "likely" the same, "related") and why\n' +
    'it matched; a line that cannot be matched gets "error" and no hits.\n\n' +
    "The built archive is kept in CLAIMDESK_MATCH_SNAPSHOT_DIR (default ~/.cache/claimdesk; off\n" +
    "to keep none) and reused until a checked claim or a verdict changes.",
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(
      args,
      { limit: { type: "string" } },
      this.usage,
    );
    const limit = intOption(values.limit, "limit", { min: 1, max: 100, fallback: 5 });
    const [file] = positionals;
    if (!file || positionals.length > 1)
      throw new UsageError(`match needs one file: ${this.usage}`);
    const text = readInputFile(file, { maxBytes: 50 * 1024 * 1024, encoding: "utf8" });
    const lines = text.split(/\r?\n/);
    if (lines.at(-1) === "") lines.pop();
    await ctx.withDb(async (db) => {
      // The archive is loaded once (all checked claims in memory), then every line is matched
      // in process; with MEILI_HOST set, Meilisearch adds its (hybrid) candidates. The built
      // archive is kept on disk and reused while no checked claim changed (archive-snapshot.ts).
      const source = createClaimMatchSource(db, { snapshotDir: snapshotDirFromEnv() });
      // The archive is not a line's problem: when it cannot be loaded the batch stops with one
      // line saying why, instead of answering every line with the same database error.
      await source.matcher().catch((error: unknown) => {
        throw new CommandError(
          `cannot load the archive of checked claims: ${archiveProblem(error)}`,
        );
      });
      for (const line of lines) {
        let out: { query: string; hits: ReturnType<typeof toCliMatch>[]; error?: string };
        try {
          const refused = ClaimMatcher.refuse(line);
          const result = refused
            ? { matches: [], error: refused }
            : await matchClaims(source, line, { limit });
          out = {
            query: line.length > 1000 ? `${line.slice(0, 1000)}…` : line,
            hits: result.matches.map(toCliMatch),
          };
          if (result.error) out.error = result.error;
        } catch (error) {
          out = { query: line.slice(0, 1000), hits: [], error: (error as Error).message };
        }
        ctx.out(JSON.stringify(out));
      }
    });
    return 0;
  },
};

function archiveProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/\b42P01\b|does not exist/.test(message))
    return "the database has no claimdesk tables (run `claimdesk db migrate`)";
  return "the database query failed (is DATABASE_URL the desk's database?)";
}
