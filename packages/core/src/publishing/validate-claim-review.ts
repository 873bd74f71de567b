/** One problem in a ClaimReview object: where (a dotted path) and what to fix. */
export interface ClaimReviewIssue {
  path: string;
  message: string;
}

export interface ClaimReviewValidation {
  /** No errors (warnings allowed). */
  valid: boolean;
  /** Missing or invalid required fields: Google ignores the markup. */
  errors: ClaimReviewIssue[];
  /** Missing or invalid recommended fields: eligible, but less useful. */
  warnings: ClaimReviewIssue[];
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === "string" && v.trim().length > 0;
const hasType = (v: Obj, type: string) => {
  const t = v["@type"];
  return t === type || (Array.isArray(t) && t.includes(type));
};
const isDate = (v: unknown) =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(new Date(v).getTime());
/** Only http(s) URLs are stored: a `javascript:` or `data:` review URL would be a link on the desk. */
export function isHttpUrl(v: unknown): v is string {
  if (typeof v !== "string" || !v) return false;
  try {
    const u = new URL(v);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Verdict-like openings that put the rating into the claim ("False: …", "Fact check: …"). */
const VERDICT_PREFIX =
  /^\s*(fact[- ]?check|true|false|mostly (true|false)|half[- ]true|misleading|pants on fire|fake|hoax|debunked)\b\s*[:\-–—|]/i;

/**
 * Checks a ClaimReview object against Google's fact-check structured-data rules and
 * schema.org types. Required: claimReviewed (without the verdict), reviewRating (@type Rating)
 * with alternateName, and url; numbers, when given, must satisfy worst <= value <= best (and
 * worst >= 1). claimdesk also requires author.name and datePublished; itemReviewed (a Claim
 * with author and appearance/firstAppearance) is recommended. `verdictLabels`: label names that
 * must not appear in claimReviewed (the review's own alternateName is always checked).
 */
export function validateClaimReview(
  obj: unknown,
  options: { verdictLabels?: string[] } = {},
): ClaimReviewValidation {
  const errors: ClaimReviewIssue[] = [];
  const warnings: ClaimReviewIssue[] = [];
  const err = (path: string, message: string) => errors.push({ path, message });
  const warn = (path: string, message: string) => warnings.push({ path, message });

  if (!isObj(obj)) {
    err("", "A ClaimReview must be a JSON object.");
    return { valid: false, errors, warnings };
  }
  if (!hasType(obj, "ClaimReview")) err("@type", 'Must be "ClaimReview".');
  const context = obj["@context"];
  if (
    context !== undefined &&
    !(typeof context === "string" && /^https?:\/\/schema\.org\/?$/.test(context))
  ) {
    warn("@context", 'Should be "https://schema.org".');
  }

  // url (required)
  if (obj.url === undefined) err("url", "Required: the URL of the page with the fact-check.");
  else if (!isHttpUrl(obj.url)) err("url", "Must be an absolute http(s) URL.");

  // reviewRating (required)
  const rating = obj.reviewRating;
  let alternateName: string | null = null;
  if (!isObj(rating)) err("reviewRating", "Required: a Rating object with the verdict.");
  else {
    if (!hasType(rating, "Rating")) err("reviewRating.@type", 'Must be "Rating".');
    if (!nonEmpty(rating.alternateName))
      err("reviewRating.alternateName", 'Required: the verdict as text, e.g. "Mostly False".');
    else alternateName = rating.alternateName.trim();
    const nums: Record<string, number | undefined> = {};
    for (const key of ["ratingValue", "bestRating", "worstRating"] as const) {
      const v = rating[key];
      if (v === undefined) continue;
      if (typeof v !== "number" || !Number.isFinite(v))
        err(`reviewRating.${key}`, "Must be a number.");
      else nums[key] = v;
    }
    const { ratingValue, bestRating, worstRating } = nums;
    const given = ["ratingValue", "bestRating", "worstRating"].filter(
      (k) => rating[k] !== undefined,
    );
    if (given.length > 0 && given.length < 3) {
      warn(
        "reviewRating",
        "Give ratingValue, bestRating and worstRating together so the number can be read on its scale.",
      );
    }
    if (worstRating !== undefined && worstRating < 1)
      err("reviewRating.worstRating", "Must be at least 1.");
    if (worstRating !== undefined && bestRating !== undefined && !(bestRating > worstRating)) {
      err("reviewRating.bestRating", "Must be greater than worstRating.");
    }
    if (ratingValue !== undefined) {
      if (worstRating !== undefined && ratingValue < worstRating)
        err("reviewRating.ratingValue", "Must not be below worstRating.");
      if (bestRating !== undefined && ratingValue > bestRating)
        err("reviewRating.ratingValue", "Must not be above bestRating.");
    }
  }

  // claimReviewed (required, short, no verdict)
  if (!nonEmpty(obj.claimReviewed))
    err("claimReviewed", "Required: a short summary of the claim being checked.");
  else {
    const text = obj.claimReviewed;
    if (text.length > 500)
      warn("claimReviewed", "Keep it short (under 500 characters): Google shows it as a summary.");
    if (VERDICT_PREFIX.test(text))
      err("claimReviewed", "Must state the claim only, not the verdict (it starts with a rating).");
    const labels = [...(options.verdictLabels ?? []), ...(alternateName ? [alternateName] : [])];
    for (const label of new Set(labels.map((l) => l.trim()).filter(Boolean))) {
      if (new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(label)}($|[^\\p{L}\\p{N}])`, "iu").test(text)) {
        err(
          "claimReviewed",
          `Must not contain the verdict label "${label}": the verdict belongs in reviewRating.`,
        );
        break;
      }
    }
  }

  // author (the fact-checking organisation)
  const author = Array.isArray(obj.author) ? obj.author[0] : obj.author;
  if (!isObj(author))
    err(
      "author",
      "Required: the organisation publishing the fact-check ({ @type: Organization, name }).",
    );
  else {
    if (!hasType(author, "Organization") && !hasType(author, "Person"))
      err("author.@type", 'Must be "Organization" or "Person".');
    if (!nonEmpty(author.name)) err("author.name", "Required: the publisher's name.");
    if (author.url !== undefined && !isHttpUrl(author.url))
      warn("author.url", "Should be an absolute http(s) URL.");
  }

  // dates
  if (obj.datePublished === undefined)
    err("datePublished", "Required: when the fact-check was published (ISO 8601).");
  else if (!isDate(obj.datePublished)) err("datePublished", "Must be an ISO 8601 date.");
  if (obj.dateModified !== undefined) {
    if (!isDate(obj.dateModified)) err("dateModified", "Must be an ISO 8601 date.");
    else if (
      isDate(obj.datePublished) &&
      new Date(obj.dateModified as string) < new Date(obj.datePublished as string)
    ) {
      err("dateModified", "Must not be before datePublished.");
    }
  }
  if (obj.correction !== undefined) {
    const list = Array.isArray(obj.correction) ? obj.correction : [obj.correction];
    list.forEach((c, i) => {
      if (!isObj(c) || !hasType(c, "CorrectionComment"))
        err(`correction[${i}]`, 'Must be a "CorrectionComment".');
      else {
        if (!nonEmpty(c.text)) err(`correction[${i}].text`, "Required: what was corrected.");
        if (!isDate(c.datePublished))
          err(`correction[${i}].datePublished`, "Required: when it was corrected (ISO 8601).");
      }
    });
    if (obj.dateModified === undefined)
      warn("dateModified", "A corrected fact-check should say when it was modified.");
  }

  // itemReviewed (recommended): the Claim
  const item = obj.itemReviewed;
  if (item === undefined)
    warn("itemReviewed", "Recommended: the Claim, with who made it and where it appeared.");
  else if (!isObj(item) || !hasType(item, "Claim")) err("itemReviewed.@type", 'Must be a "Claim".');
  else {
    const claimAuthor = Array.isArray(item.author) ? item.author[0] : item.author;
    if (claimAuthor === undefined)
      warn("itemReviewed.author", "Recommended: who made the claim (Person or Organization).");
    else if (
      !isObj(claimAuthor) ||
      (!hasType(claimAuthor, "Person") && !hasType(claimAuthor, "Organization"))
    ) {
      err("itemReviewed.author.@type", 'Must be a "Person" or "Organization".');
    } else if (!nonEmpty(claimAuthor.name))
      err("itemReviewed.author.name", "Required when author is given.");
    if (item.datePublished !== undefined && !isDate(item.datePublished)) {
      err("itemReviewed.datePublished", "Must be an ISO 8601 date.");
    } else if (item.datePublished === undefined)
      warn("itemReviewed.datePublished", "Recommended: when the claim was made.");
    const appearances = [
      ...(Array.isArray(item.appearance)
        ? item.appearance
        : item.appearance !== undefined
          ? [item.appearance]
          : []),
      ...(item.firstAppearance !== undefined ? [item.firstAppearance] : []),
    ];
    if (appearances.length === 0) {
      warn(
        "itemReviewed.appearance",
        "Recommended: appearance or firstAppearance, the CreativeWork where the claim was made.",
      );
    }
    appearances.forEach((a, i) => {
      if (!isObj(a) || !hasType(a, "CreativeWork"))
        err(`itemReviewed.appearance[${i}]`, 'Must be a "CreativeWork".');
      else {
        if (a.url !== undefined && !isHttpUrl(a.url))
          err(`itemReviewed.appearance[${i}].url`, "Must be an absolute http(s) URL.");
        if (a.url === undefined && !nonEmpty(a.headline)) {
          warn(
            `itemReviewed.appearance[${i}]`,
            "Give a url (or at least a headline) for the appearance.",
          );
        }
        if (a.datePublished !== undefined && !isDate(a.datePublished)) {
          err(`itemReviewed.appearance[${i}].datePublished`, "Must be an ISO 8601 date.");
        }
      }
    });
  }
  return { valid: errors.length === 0, errors, warnings };
}
