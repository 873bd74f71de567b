// Text the database can store. PostgreSQL's UTF8 text refuses a NUL byte, and a lone UTF-16
// surrogate has no UTF-8 form at all: either one reached Prisma and came back as a 500 carrying
// the driver's message (`invalid byte sequence for encoding "UTF8": 0x00`). Every boundary
// checks text with these before it gets that far: tRPC inputs (a middleware in trpc.ts walks
// the whole input), form fields, route parameters and query strings in the web app.
import { z } from "zod";

export const UNSTORABLE_TEXT_MESSAGE =
  "contains a character that cannot be stored (a NUL byte or an unpaired surrogate)";

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the NUL is what it refuses
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** No NUL and no unpaired surrogate. */
export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/** A string the database can store: `zText().trim().max(300)`. */
export function zText() {
  return z.string().refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
}

function walk(value: unknown, path: PropertyKey[], ctx: z.RefinementCtx, depth: number): void {
  if (typeof value === "string") {
    if (!isStorableText(value))
      ctx.addIssue({ code: "custom", message: UNSTORABLE_TEXT_MESSAGE, path });
    return;
  }
  if (depth > 32 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walk(item, [...path, i], ctx, depth + 1);
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (!isStorableText(key))
      ctx.addIssue({ code: "custom", message: UNSTORABLE_TEXT_MESSAGE, path });
    walk(item, [...path, key], ctx, depth + 1);
  }
}

/** Any input (a tRPC input, a form's fields, query parameters): one issue per bad string, at its path. */
export const ZStorableInput = z.unknown().superRefine((value, ctx) => walk(value, [], ctx, 0));

/**
 * The first unstorable field among `entries` (form fields, query parameters), as
 * "email contains a character that cannot be stored (…)", or null when all can be stored.
 */
export function unstorableField(
  entries: Iterable<[string, FormDataEntryValue | string]>,
): string | null {
  for (const [name, value] of entries) {
    if (!isStorableText(name)) return `A field name ${UNSTORABLE_TEXT_MESSAGE}`;
    if (typeof value === "string" && !isStorableText(value))
      return `${name} ${UNSTORABLE_TEXT_MESSAGE}`;
  }
  return null;
}
