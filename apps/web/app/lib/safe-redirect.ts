const BASE = "http://claimdesk.invalid";

/**
 * Where to go after signing in: a path on this site, or `fallback`. Browsers drop tabs and
 * newlines from a URL and read "\" as "/", so "/\t/evil.example" or "/\\evil.example" would
 * leave the site; they are refused with anything else that does not resolve to this origin.
 */
export function safeRedirect(
  to: FormDataEntryValue | string | null | undefined,
  fallback = "/",
): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.length > 2000) return fallback;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
  if (/[\u0000-\u001f\u007f\\]/.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
