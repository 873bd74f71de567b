import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** The header that carries WORKER_TOKEN (also accepted: `Authorization: Bearer <token>`). */
export const WORKER_TOKEN_HEADER = "x-worker-token";

/** Constant-time comparison of a presented token with the expected one. */
export function tokenMatches(presented: string | null | undefined, expected: string): boolean {
  if (!presented) return false;
  const a = createHash("sha256").update(presented).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The token a request presents, from x-worker-token or a Bearer authorization header. */
export function presentedToken(
  headers: Record<string, string | string[] | undefined>,
): string | null {
  const direct = headers[WORKER_TOKEN_HEADER];
  if (typeof direct === "string" && direct) return direct;
  const auth = headers.authorization;
  if (typeof auth === "string" && auth.toLowerCase().startsWith("bearer "))
    return auth.slice(7).trim();
  return null;
}

/**
 * For local runs without WORKER_TOKEN: a random token kept in a file of the data directory
 * (`.data/worker-token`, mode 0600), created on first use, so the web app and the worker of one
 * checkout share it without configuration. Never used when NODE_ENV=production and WORKER_TOKEN
 * is unset: the worker refuses to start instead (see apps/worker/src/env.ts).
 */
export function ensureLocalWorkerToken(file: string): string {
  if (existsSync(file)) {
    const token = readFileSync(file, "utf8").trim();
    if (token.length >= 32) return token;
  }
  mkdirSync(dirname(file), { recursive: true });
  const token = randomBytes(32).toString("base64url");
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return token;
}
