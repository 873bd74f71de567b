// The security headers on every response of the web server (pages, API, static files, its own
// errors). The Content-Security-Policy allows scripts from this origin and inline scripts that
// carry the request's nonce: Remix's hydration and streamed-data scripts get it through
// entry.server.tsx (<RemixServer nonce>) and root.tsx (<Scripts nonce>, <ScrollRestoration nonce>).
import { randomBytes } from "node:crypto";

/** 128 random bits, base64: a fresh one per request. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    // The page icon is an empty data: URL (root.tsx).
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(nonce: string, https: boolean): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(nonce),
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "cross-origin-opener-policy": "same-origin",
    ...(https ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
