/**
 * "the conservative-leaning newspaper wrote" after "The Wall Street Journal called on …": a
 * press noun refers back to a news organisation, whose name ends in a masthead word. Before,
 * "the newspaper" matched only an organisation with "newspaper" in its name and fell back to
 * the last person. Shape from PolNeAR train wrong speakers (issue 15, session 31, helper s31d).
 */

/** Nouns that stand for a news organisation. */
export const PRESS_NOUNS: ReadonlySet<string> = new Set(["newspaper", "publication", "magazine"]);

const MASTHEAD =
  /\b(journal|times|post|tribune|herald|gazette|telegraph|guardian|chronicle|review|magazine|news|register|examiner|standard|observer|globe|inquirer|daily)$/i;

/** True when an organisation's name reads as a news outlet's ("The Wall Street Journal"). */
export function isPressName(name: string): boolean {
  return MASTHEAD.test(name.trim());
}
