// The client build (build/client) served from memory: read and gzipped once at start.
//
// Only files found under the directory at start are served, by exact path, so no request can
// reach outside it. Fingerprinted files under /assets/ are cached for a year (immutable); other
// public files (favicon, robots.txt) for an hour. A path under /assets/ that is not a file is a
// 404 here; any other unknown path goes on to the app.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { acceptsGzip, COMPRESS_MIN_BYTES } from "./node-handler.ts";

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};
const TEXT = new Set([
  ".js",
  ".mjs",
  ".css",
  ".map",
  ".json",
  ".html",
  ".txt",
  ".svg",
  ".webmanifest",
]);

interface StaticFile {
  body: Buffer;
  gzipped: Buffer | null;
  type: string;
  etag: string;
  cacheControl: string;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** Loads every file under dir; returns the request hook for createNodeHandler. */
export function createStaticFiles(dir: string) {
  const files = new Map<string, StaticFile>();
  for (const path of walk(dir)) {
    const url = `/${relative(dir, path).split(sep).join("/")}`;
    const body = readFileSync(path);
    const ext = extname(path).toLowerCase();
    files.set(url, {
      body,
      gzipped:
        TEXT.has(ext) && body.length >= COMPRESS_MIN_BYTES ? gzipSync(body, { level: 9 }) : null,
      type: TYPES[ext] ?? "application/octet-stream",
      // Weak: the same entity is sent gzipped or not.
      etag: `W/"${createHash("sha1").update(body).digest("base64url").slice(0, 27)}"`,
      cacheControl: url.startsWith("/assets/")
        ? "public, max-age=31536000, immutable"
        : "public, max-age=3600",
    });
  }

  function serve(req: IncomingMessage, res: ServerResponse): boolean {
    const raw = req.url ?? "/";
    const query = raw.indexOf("?");
    let path = query === -1 ? raw : raw.slice(0, query);
    try {
      path = decodeURIComponent(path);
    } catch {
      return false;
    }
    const file = files.get(path);
    if (!file) {
      if (!path.startsWith("/assets/")) return false;
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("Not found.");
      return true;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" });
      res.end("Method not allowed.");
      return true;
    }
    const headers: Record<string, string> = {
      "content-type": file.type,
      "cache-control": file.cacheControl,
      etag: file.etag,
    };
    if (file.gzipped) headers.vary = "Accept-Encoding";
    // Weak comparison (RFC 9110 13.1.2): W/ is ignored on both sides; * matches any file.
    const ifNoneMatch = req.headers["if-none-match"];
    const opaque = file.etag.slice(2);
    if (
      ifNoneMatch?.split(",").some((tag) => {
        const t = tag.trim();
        return t === "*" || (t.startsWith("W/") ? t.slice(2) : t) === opaque;
      })
    ) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    const gzip = file.gzipped !== null && acceptsGzip(req.headers["accept-encoding"]);
    const body = gzip ? (file.gzipped as Buffer) : file.body;
    if (gzip) headers["content-encoding"] = "gzip";
    headers["content-length"] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  }

  return { serve, size: files.size };
}
