/**
 * Appositives between a named subject and its verb of saying that are not the speaker:
 * a hometown ("Marta Quill, 41, of Dunmore, Penn., said") and a role description with its
 * organisation ("Owen Pratt, executive director of the River Fund, a local charity, said").
 * Shapes from PolNeAR train wrong speakers (issue 15, session 30, second helper).
 */
import type { Mention, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { mainClauseStart } from "./sentence-openers.ts";
import { mentionEndingAt } from "./speaker-mentions.ts";
import type { Token } from "./tokenize.ts";

/** A person name (not possessive, outside quotes) ending at token k. */
export function personEndingAt(
  s: Sentence,
  k: number,
  registry: EntityRegistry,
): Mention | undefined {
  const m = k >= 0 ? mentionEndingAt(s, k) : undefined;
  if (m?.kind !== "name" || m.possessive || m.inQuote || m.prepositional) return undefined;
  if (m.tokenEnd !== k + 1) return undefined;
  if (m.entityId < 0 || registry.get(m.entityId)?.type !== "person") return undefined;
  return m;
}

const isAge = (t: Token | undefined) => !!t && /^\d{1,3}$/.test(t.text);

/**
 * "Quill, 41, of Dunmore" / "Quill, of Dunmore": for a name after "of" at token `at`, the comma
 * after the person's name (the search for the subject restarts there); -1 when not that shape.
 */
export function hometownStart(s: Sentence, at: number, registry: EntityRegistry): number {
  const tokens = s.tokens;
  if ((tokens[at - 1] as Token | undefined)?.lower !== "of") return -1;
  if ((tokens[at - 2] as Token | undefined)?.text !== ",") return -1;
  let comma = at - 2;
  if (isAge(tokens[at - 3]) && (tokens[at - 4] as Token | undefined)?.text === ",") comma = at - 4;
  return personEndingAt(s, comma - 1, registry) ? comma : -1;
}

/**
 * "Owen Pratt, executive director of …, said": the role phrase starting at token `j` follows a
 * comma after a person's name; that person, or undefined.
 */
export function personBeforeRole(
  s: Sentence,
  j: number,
  registry: EntityRegistry,
): Mention | undefined {
  const tokens = s.tokens;
  if ((tokens[j - 1] as Token | undefined)?.text !== ",") return undefined;
  const m = personEndingAt(s, j - 2, registry);
  // The name opens the sentence or its main clause ("As Trump spoke, the crowd …" is not it).
  if (!m || (m.tokenStart !== 0 && m.tokenStart !== mainClauseStart(s))) return undefined;
  return m;
}

/**
 * "Dunmore, Penn." inside "…, of Dunmore, Penn., said": the appositive at token `a` (right after
 * the comma at a-1) is a state after a place name, not the subject.
 */
export function isStateAfterPlace(s: Sentence, a: number): boolean {
  const state = mentionEndingAt(s, a);
  if (!state || state.tokenStart !== a || state.tokenEnd !== a + 1) return false;
  const next = (s.tokens[a + 1] as Token | undefined)?.text;
  const comma = next === "." ? (s.tokens[a + 2] as Token | undefined)?.text : next;
  if (comma !== ",") return false;
  const before = a >= 2 ? mentionEndingAt(s, a - 2) : undefined;
  return !!before && before.prepositional && before.tokenEnd === a - 1;
}

/**
 * "Scott Reed, the Chamber's chief political strategist, who …": for an appositive ending at
 * token j (before ", who"), the person named before the comma that opens it (at most 10 tokens
 * back, no quote or other comma between), or undefined.
 */
export function personBeforeAppositive(
  s: Sentence,
  j: number,
  registry: EntityRegistry,
): Mention | undefined {
  for (let i = j; i >= 0 && j - i <= 10; i--) {
    const t = s.tokens[i] as Token;
    if (t.inQuote) return undefined;
    if (t.text === ",") return i < j ? personEndingAt(s, i - 1, registry) : undefined;
  }
  return undefined;
}

/**
 * The opening person before the comma-delimited appositive that ends right before `v`: a person
 * who opens the sentence (or its main clause) with a long appositive before the verb ("Mr.
 * Slinker, whose latest start-up, Paradata, uses big data …, said", "Marty West, an education
 * professor at Harvard who worked for Sen. Lamar Alexander (R-Tenn.), one of …, called"), where
 * the walk back from the verb stops inside the appositive (its third comma, a name in it). Shape
 * from PolNeAR train mixed wrong speakers (session 30).
 */
export function openingPersonBeforeVerb(
  s: Sentence,
  v: number,
  registry: EntityRegistry,
): Mention | undefined {
  const tokens = s.tokens;
  if ((tokens[v - 1] as Token | undefined)?.text !== ",") return undefined;
  const starts = [0, mainClauseStart(s)];
  const m = s.mentions.find((x) => starts.includes(x.tokenStart) && x.tokenEnd < v - 1);
  if (!m || (tokens[m.tokenEnd] as Token | undefined)?.text !== ",") return undefined;
  if (!personEndingAt(s, m.tokenEnd - 1, registry)) return undefined;
  if (v - m.tokenEnd > 45) return undefined;
  for (let k = m.tokenEnd; k < v; k++) {
    const t = tokens[k] as Token;
    if (t.inQuote || t.text === ";" || t.text === "“" || t.text === '"') return undefined;
  }
  return m;
}
