import { createHash } from "node:crypto";

/** Hash of the normalised text (case, whitespace and quote styles folded) for de-duplication. */
export function contentHash(title: string, body: string): string {
  const normal = `${title}\n${body}`
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
  return createHash("sha256").update(normal).digest("hex");
}
