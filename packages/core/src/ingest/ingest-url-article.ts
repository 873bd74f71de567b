import type { Db } from "@claimdesk/db";
import { type ExtractArticleOptions, extractArticle } from "../articles/extract-article.ts";
import { claimArticle } from "./claim-article.ts";
import { decodeBody } from "./decode-body.ts";
import { FetchFailedError, FetchRefusedError } from "./errors.ts";
import { failArticle } from "./fail-article.ts";
import { normalizePlainText } from "./html-to-text.ts";
import { type ParsedPage, parseHtmlPage } from "./parse-html.ts";
import { HTML_TYPES, type SafeFetchOptions, safeFetch } from "./safe-fetch.ts";
import { storeParsedPage } from "./store-parsed-page.ts";

export type IngestOutcome =
  | { outcome: "ready"; statements: number }
  | { outcome: "skipped"; reason: string }
  | { outcome: "duplicate"; duplicateOf: string }
  | { outcome: "refused"; error: string }
  | { outcome: "failed"; error: string; retryable: boolean };

export interface IngestUrlOptions {
  fetch?: Omit<SafeFetchOptions, "onProgress" | "accept">;
  leaseMs?: number;
  /** Progress 0-100 as stored on the article, for command-line output. */
  onProgress?: (progress: number, stage: "fetching" | "extracting" | "ready") => void;
  /** Where and under which budget extraction runs (the worker's thread pool). */
  extraction?: ExtractArticleOptions;
}

/** Text and metadata from a fetched body (HTML through Readability, plain text as is). */
export function parseFetchedPage(
  body: Buffer,
  mimeType: string | null,
  charset: string | null,
  url: string,
): ParsedPage {
  const text = decodeBody(body, charset);
  if (mimeType === "text/plain") {
    const normal = normalizePlainText(text);
    const [first = "", ...rest] = normal.split("\n\n");
    const title =
      first.length <= 300 && rest.length ? first : new URL(url).pathname.split("/").pop() || url;
    return {
      title: title.slice(0, 500),
      byline: null,
      publishedAt: null,
      siteName: null,
      language: null,
      body: title === first ? rest.join("\n\n") : normal,
      html: "",
    };
  }
  return parseHtmlPage(text, { url });
}

/**
 * Fetches an article's URL through the SSRF-safe fetcher, stores readable text and metadata,
 * then extracts statements and links them to claims. Progress is written to the article
 * (fetching 1-60, extracting 70, ready 100). Runs once per article even when several workers get
 * the same job (claimArticle). A refusal or a permanent HTTP error is stored on the article and
 * returned; a transient error (timeout, 5xx) is stored and thrown, so the queue retries.
 */
export async function ingestUrlArticle(
  db: Db,
  articleId: string,
  options: IngestUrlOptions = {},
): Promise<IngestOutcome> {
  const claimed = await claimArticle(db, articleId, {
    from: ["queued", "failed"],
    to: "fetching",
    progress: 1,
    leaseMs: options.leaseMs,
  });
  if (!claimed)
    return { outcome: "skipped", reason: "already ingested or being ingested by another worker" };
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  if (!article.url) {
    await failArticle(db, articleId, "Refused: the article has no URL to fetch");
    return { outcome: "refused", error: "Refused: the article has no URL to fetch" };
  }
  options.onProgress?.(1, "fetching");
  try {
    let lastProgress = 1;
    let writing: Promise<unknown> = Promise.resolve();
    const response = await safeFetch(article.url, {
      ...options.fetch,
      accept: HTML_TYPES,
      onProgress: (bytes, expected) => {
        const ratio = expected
          ? Math.min(1, bytes / expected)
          : Math.min(0.95, bytes / (2 * 1024 * 1024));
        const progress = Math.max(1, Math.floor(1 + ratio * 59));
        if (progress - lastProgress >= 5) {
          lastProgress = progress;
          options.onProgress?.(progress, "fetching");
          writing = writing.then(() =>
            db.article.updateMany({
              where: { id: articleId, status: "fetching" },
              data: { progress },
            }),
          );
        }
      },
    });
    await writing;
    const page = parseFetchedPage(response.body, response.mimeType, response.charset, response.url);
    options.onProgress?.(65, "extracting");
    const stored = await storeParsedPage(db, articleId, page, {
      host: new URL(response.url).hostname,
    });
    if (!stored.stored) return { outcome: "duplicate", duplicateOf: stored.duplicateOf.id };
    options.onProgress?.(70, "extracting");
    const result = await extractArticle(db, articleId, options.extraction);
    options.onProgress?.(100, "ready");
    return { outcome: "ready", statements: result.statements };
  } catch (error) {
    if (error instanceof FetchRefusedError) {
      await failArticle(db, articleId, error.message);
      return { outcome: "refused", error: error.message };
    }
    const retryable =
      !(error instanceof FetchFailedError) ||
      error.status === undefined ||
      error.status >= 500 ||
      error.status === 408 ||
      error.status === 429;
    const message =
      error instanceof FetchFailedError
        ? `Fetch failed: ${error.message}`
        : `Ingest failed: ${(error as Error).message}`;
    await failArticle(db, articleId, retryable ? `${message} (will retry)` : message);
    if (retryable) throw error;
    return { outcome: "failed", error: message, retryable };
  }
}
