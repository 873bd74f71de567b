import { existsSync } from "node:fs";
import { join } from "node:path";
import { findRepoRoot } from "@claimdesk/db";
import { readTextFiles } from "./demo-articles.ts";

/**
 * The shared sample articles, read from ../shared next to the checkout (never copied into the
 * repository). Returns [] when that folder is absent.
 */
export function sharedSamplesDir(): string | null {
  const dir = process.env.CLAIMDESK_SHARED_DIR
    ? join(process.env.CLAIMDESK_SHARED_DIR, "samples/articles")
    : join(findRepoRoot(), "../shared/samples/articles");
  return existsSync(dir) ? dir : null;
}

export function readSharedSampleArticles(): { name: string; text: string }[] {
  const dir = sharedSamplesDir();
  return dir ? readTextFiles(dir) : [];
}
