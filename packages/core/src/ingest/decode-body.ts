/**
 * Decodes a fetched body to text: the charset from the Content-Type header, else a byte-order
 * mark, else a <meta charset> in the first 4 KB, else UTF-8. Unknown labels fall back to UTF-8.
 */
export function decodeBody(body: Buffer, headerCharset: string | null): string {
  let label = headerCharset;
  if (!label) {
    if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) label = "utf-8";
    else if (body[0] === 0xff && body[1] === 0xfe) label = "utf-16le";
    else if (body[0] === 0xfe && body[1] === 0xff) label = "utf-16be";
  }
  if (!label) {
    const head = body.subarray(0, 4096).toString("latin1");
    label = head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1]?.toLowerCase() ?? null;
  }
  try {
    return new TextDecoder(label ?? "utf-8").decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}
