/**
 * Capitalised runs the name chunker reads as people that cannot speak: buildings and
 * features ("Trump Tower", "Scarborough Shoal"), and all-capital section labels
 * ("FULL TEXT"). A lone surname must not resolve to them ("Trump" → "Trump Tower") and a pronoun
 * must not take them as its antecedent. Shapes from PolNeAR train wrong speakers (issue 15,
 * session 30, second helper).
 */

/**
 * Last words of a building or feature name that are not also common surnames ("Park", "Hall",
 * "Day", "Bridge" are: "Lena Park", "Kristen Day").
 */
const PLACE_LAST = new Set(
  "tower towers boulevard plaza building annex mall arena stadium shoal".split(" "),
);

/** "place" for a building or feature name, "organization" for an all-capitals label (not a person), else null. */
export function nonPersonKind(name: string): "place" | "organization" | null {
  const parts = name.split(/\s+/);
  if (parts.length < 2) return null;
  const last = (parts[parts.length - 1] as string).toLowerCase().replace(/[’']s$/, "");
  if (PLACE_LAST.has(last)) return "place";
  if (parts.every((p) => /^[A-Z]{2,}$/.test(p))) return "organization";
  return null;
}
