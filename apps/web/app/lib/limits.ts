// Request limits, shared by the web server (http/node-handler.ts enforces the body limits while
// a body streams in) and the app (the tRPC handler and the browser's batch link).

const KB = 1024;
const MB = 1024 * KB;

/** Calls in one tRPC batch: the browser's link splits larger ones, the server refuses them. */
export const MAX_TRPC_BATCH = 20;

/**
 * Article text: up to 2,000,000 characters (MAX_ARTICLE_CHARS), form- or JSON-encoded. Plain
 * text stays near one byte a character; 24 MB leaves room for the escapes of non-ASCII text.
 */
const ARTICLE_BODY = 24 * MB;
/** An admin's import upload: a 10 MB file (MAX_IMPORT_UPLOAD_BYTES in core) and the multipart framing. */
const IMPORT_UPLOAD_BODY = 11 * MB;
/** Sign-in and sign-out: anonymous, a few short fields. */
const SIGN_IN_BODY = 16 * KB;
/** Every other form and tRPC call (a rationale is at most 20,000 characters). */
const DEFAULT_BODY = 1 * MB;

/** The largest request body accepted at `pathname` (a single-fetch ".data" path counts as its page). */
export function bodyLimit(pathname: string): number {
  const path = pathname.endsWith(".data") ? pathname.slice(0, -".data".length) : pathname;
  if (path === "/login" || path === "/logout") return SIGN_IN_BODY;
  if (path === "/articles/new") return ARTICLE_BODY;
  if (path === "/admin/imports") return IMPORT_UPLOAD_BODY;
  if (path.startsWith("/api/trpc/")) {
    const procedures = decodeURIComponent(path.slice("/api/trpc/".length)).split(",");
    return procedures.includes("article.submit") ? ARTICLE_BODY : DEFAULT_BODY;
  }
  return DEFAULT_BODY;
}

/** "16 KB", "1 MB": for the 413 message. */
export function formatBytes(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / KB)} KB`;
}
