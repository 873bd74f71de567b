import type { EntityRegistry } from "./entities.ts";
import { DEMONYMS } from "./lexicon/places.ts";
import { type ChunkInfo, endOf } from "./name-chunks.ts";
import type { Token } from "./tokenize.ts";

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
  "tower towers boulevard plaza building annex mall arena stadium shoal street hotel casino grill".split(
    " ",
  ),
);

/**
 * Last words of a programme, office or event name read as a person ("Social Security", "PBS
 * Newshour", "Clinton White House"; session 31, helper s31d): no person's surname.
 */
const THING_LAST = new Set("security newshour debate".split(" "));

/** "place" for a building or feature name, "organization" for an all-capitals label (not a person), else null. */
export function nonPersonKind(name: string): "place" | "organization" | null {
  const parts = name.split(/\s+/);
  if (parts.length < 2) return null;
  const last = (parts[parts.length - 1] as string).toLowerCase().replace(/[’']s$/, "");
  if (PLACE_LAST.has(last)) return "place";
  if (THING_LAST.has(last)) return "organization";
  const before = (parts[parts.length - 2] as string).toLowerCase();
  if (last === "house" && before === "white") return "organization";
  if (parts.every((p) => /^[A-Z]{2,}$/.test(p))) return "organization";
  return null;
}

/**
 * "Trump's grasp of policy is worrying, Cuban said" after "Mark Cuban": a lone demonym that is
 * the surname of a person already named in the article is that surname, not a nationality.
 * Gives the chunk as a single name to resolve (tokens a..b-1), or null.
 */
export function demonymSurname(
  registry: EntityRegistry,
  tokens: Token[],
  a: number,
  b: number,
  info: ChunkInfo,
): ChunkInfo | null {
  if (b - a !== 1) return null;
  const t = tokens[a] as Token;
  if (!t.word || !t.cap || t.inQuote || !DEMONYMS.has(t.lower)) return null;
  const lower = t.lower.replace(/[’']s$/, "");
  const person = registry.candidates(lower).some((id) => {
    const e = registry.get(id);
    if (e?.type !== "person" || e.singleWord) return false;
    return e.name.split(/\s+/).pop()?.toLowerCase() === lower;
  });
  if (!person) return null;
  return { ...info, type: "single", nameStart: t.start, nameEnd: endOf(tokens, b), tokenStart: a };
}
