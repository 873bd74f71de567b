import { ExtractionInputError } from "./extraction-input-error.ts";

/** Largest accepted article, in UTF-8 bytes (10 MiB). Processing is linear, so this bounds time. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
const MB = 1024 * 1024;

/** UTF-8 byte length without Buffer (so the package also runs in browsers). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Rejects input that cannot be an article. Runs in O(n) and never allocates a copy.
 * Throws ExtractionInputError with a message meant for end users.
 */
export function validateInput(input: unknown): asserts input is string {
  if (typeof input !== "string") {
    throw new ExtractionInputError(
      `article must be text, got ${input === null ? "null" : typeof input}`,
    );
  }
  const exactBytes = utf8ByteLength(input);
  if (exactBytes > MAX_INPUT_BYTES) {
    throw new ExtractionInputError(
      `article is ${(exactBytes / MB).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / MB} MB`,
    );
  }
  let control = 0;
  let replacement = 0;
  let visible = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0) {
      throw new ExtractionInputError(
        `article contains NUL bytes (offset ${i}); it looks like binary data, not text`,
      );
    }
    if (c === 0xfffd) replacement++;
    else if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c < 0xa0))
      control++;
    else if (c > 32 && c !== 0xfeff) visible++;
  }
  if (visible === 0) throw new ExtractionInputError("article is empty");
  const total = input.length;
  if ((control + replacement) / total > 0.02 && control + replacement >= 4) {
    throw new ExtractionInputError(
      `article does not look like valid text: ${control} control characters and ${replacement} invalid byte sequences in ${total} characters`,
    );
  }
}
