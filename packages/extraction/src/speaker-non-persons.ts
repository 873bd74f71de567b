/**
 * Capitalised runs the name chunker reads as people that cannot speak: buildings and
 * days ("Trump Tower", "Election Day"), and all-capital section labels
 * ("FULL TEXT"). A lone surname must not resolve to them ("Trump" → "Trump Tower") and a pronoun
 * must not take them as its antecedent. Shapes from PolNeAR train wrong speakers (issue 15,
 * session 30, second helper).
 */

/** Last words of a place name: a building, a day. */
const PLACE_LAST = new Set(
  `tower towers boulevard plaza square building hall annex park bridge mall
arena stadium shoal day`.split(/\s+/),
);

/** "place" for a building or day name, "organization" for an all-capitals label (not a person), else null. */
export function nonPersonKind(name: string): "place" | "organization" | null {
  const parts = name.split(/\s+/);
  if (parts.length < 2) return null;
  const last = (parts[parts.length - 1] as string).toLowerCase().replace(/[’']s$/, "");
  if (PLACE_LAST.has(last)) return "place";
  if (parts.every((p) => /^[A-Z]{2,}$/.test(p))) return "organization";
  return null;
}
