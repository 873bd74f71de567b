import type { PublisherSite } from "./build-claim-review.ts";

/**
 * The site fact-checks are published on: PUBLIC_ORIGIN when configured (behind a proxy the
 * request origin may be internal), else the origin of the request itself.
 */
export function resolvePublisherSite(
  request: Request,
  env: {
    PUBLIC_ORIGIN?: string | undefined;
    CLAIMDESK_ORG_NAME: string;
    CLAIMDESK_ORG_URL?: string | undefined;
  },
): PublisherSite {
  const origin = env.PUBLIC_ORIGIN
    ? new URL(env.PUBLIC_ORIGIN).origin
    : new URL(request.url).origin;
  return { origin, orgName: env.CLAIMDESK_ORG_NAME, orgUrl: env.CLAIMDESK_ORG_URL ?? null };
}
