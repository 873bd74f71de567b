// The web server's environment (server.ts), validated at start: a bad or missing variable stops
// it with one line naming the variable.
import { availableParallelism } from "node:os";
import { LOG_LEVELS } from "@claimdesk/env/log";
import { z } from "zod";
import { ZTrustProxy } from "./trust-proxy.ts";

export const ZServerEnv = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** the address to listen on: all interfaces in production (a container), else loopback */
    HOST: z.string().min(1).optional(),
    /** server processes; default: one per core, at most 8 */
    WEB_CONCURRENCY: z.coerce
      .number()
      .int()
      .min(1)
      .max(64)
      .default(Math.min(availableParallelism(), 8)),
    /** requests served on one kept-alive connection before it is closed (0: no limit) */
    WEB_MAX_REQUESTS_PER_CONNECTION: z.coerce.number().int().min(0).default(100),
    /** the reverse proxies whose X-Forwarded-* headers count (server/trust-proxy.ts) */
    TRUST_PROXY: ZTrustProxy,
    /** its name before issue 16: refused, so a deployment that set it does not silently lose it */
    WEB_TRUSTED_PROXY_HOPS: z.string().optional(),
    /**
     * The public address of the site (https://factcheck.example.org). Canonical and ClaimReview
     * URLs use it instead of the request's Host header, and an https one turns on HSTS.
     */
    PUBLIC_ORIGIN: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
    LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.WEB_TRUSTED_PROXY_HOPS !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["WEB_TRUSTED_PROXY_HOPS"],
        message: `is now TRUST_PROXY (set TRUST_PROXY=${env.WEB_TRUSTED_PROXY_HOPS} and remove it)`,
      });
    // In production a page's canonical and JSON-LD URLs must not come from a Host header a
    // client chose (a shared cache would keep them for everyone).
    if (env.NODE_ENV === "production" && !env.PUBLIC_ORIGIN)
      ctx.addIssue({
        code: "custom",
        path: ["PUBLIC_ORIGIN"],
        message:
          "is required when NODE_ENV=production (the site's public address, e.g. https://factcheck.example.org)",
      });
  })
  .transform((env) => ({
    ...env,
    HOST: env.HOST ?? (env.NODE_ENV === "production" ? "0.0.0.0" : "127.0.0.1"),
  }));

export type ServerEnv = z.output<typeof ZServerEnv>;
