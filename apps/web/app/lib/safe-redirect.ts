const BASE = "http://claimdesk.invalid";

/**
 * Where to go after signing in: a path on this site, or `fallback`. Browsers drop tabs and
 * newlines from a URL and read "\" as "/", so "/\t/evil.example" or "/\\evil.example" would
 * leave the site; they are refused with anything else that does not resolve to this origin.
 *
 * The target is resolved (dot segments removed) first and the check runs on the result, which is
 * what goes into Location: "/.//evil.example" resolves to the path "//evil.example", which a
 * browser reads as another host, so a resolved path starting with "//" is refused too, and the
 * returned path is checked once more to resolve to this origin on its own.
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
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  try {
    if (new URL(path, BASE).origin !== BASE) return fallback;
  } catch {
    return fallback;
  }
  return path;
}
