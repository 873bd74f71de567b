/**
 * The fetcher would not fetch: the URL, an address it resolves to, a redirect, the content
 * type or the size broke a rule. Permanent: retrying will not help. The message is stored on
 * the article as is, e.g. "Refused: 127.0.0.1 is a loopback address".
 */
export class FetchRefusedError extends Error {
  override name = "FetchRefusedError";
  constructor(reason: string) {
    super(`Refused: ${reason}`);
  }
}

/** The fetch failed for a reason that may pass (timeout, connection reset, 5xx): worth a retry. */
export class FetchFailedError extends Error {
  override name = "FetchFailedError";
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}
