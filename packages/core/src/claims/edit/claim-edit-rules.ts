// What a claim's wording and tags may be. Pure (no database): the API's zod schemas and the
// web forms use the same limits.
import { badRequest } from "../../errors.ts";

export const CLAIM_TEXT_LIMITS = { min: 10, max: 1000 };
export const TAG_LIMITS = { maxTags: 20, maxLength: 40 };
/** a tag: letters, digits, spaces, hyphens and ampersands (e.g. "public health", "covid-19") */
export const TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} &-]*$/u;
export const SPLIT_PARTS = { min: 2, max: 6 };

/** The claim's wording as stored: trimmed, inner whitespace folded, within the limits. */
export function normaliseClaimText(text: string, field = "text"): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length < CLAIM_TEXT_LIMITS.min)
    throw badRequest(`${field}: write the claim in at least ${CLAIM_TEXT_LIMITS.min} characters.`);
  if (clean.length > CLAIM_TEXT_LIMITS.max)
    throw badRequest(`${field}: keep the claim under ${CLAIM_TEXT_LIMITS.max} characters.`);
  return clean;
}

/** Tags as stored: trimmed, lower case, whitespace folded, de-duplicated, sorted. */
export function normaliseTags(tags: string[]): string[] {
  const out = new Set<string>();
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, " ").trim().toLowerCase();
    if (!tag) continue;
    if (tag.length > TAG_LIMITS.maxLength)
      throw badRequest(
        `tags: "${tag.slice(0, 20)}…" is longer than ${TAG_LIMITS.maxLength} characters.`,
      );
    if (!TAG_PATTERN.test(tag))
      throw badRequest(
        `tags: "${tag}" may hold letters, digits, spaces, hyphens and & only, starting with a letter or digit.`,
      );
    out.add(tag);
  }
  if (out.size > TAG_LIMITS.maxTags)
    throw badRequest(`tags: a claim takes at most ${TAG_LIMITS.maxTags} tags.`);
  return [...out].sort();
}
