import { slugify } from "../speakers/index.ts";

/**
 * The public URL part of a fact-check: words from the claim plus a short piece of its id, so two
 * claims with the same wording never collide. Set once on first publication and never changed.
 */
export function claimSlug(text: string, claimId: string): string {
  const words = slugify(text).split("-").slice(0, 10).join("-").slice(0, 60).replace(/-+$/, "");
  const suffix = claimId.slice(-8).toLowerCase();
  return `${words || "claim"}-${suffix}`;
}
