/** Tracking parameters dropped from article URLs before de-duplication. */
const TRACKING = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * The canonical form of an article URL, used for de-duplication: no fragment, no utm_* (and
 * other click-tracking) parameters, lower-case host, default port dropped. Returns the input
 * unchanged when it is not a URL.
 */
export function normalizeArticleUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return input.trim();
  }
  url.hash = "";
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING.test(key)) url.searchParams.delete(key);
  }
  if (url.search === "?") url.search = "";
  return url.toString();
}
