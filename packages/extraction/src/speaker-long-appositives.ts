/**
 * A person who opens the sentence (or its main clause) with a long appositive before the verb:
 * "Mr. Slinker, whose latest start-up, Paradata, uses big data …, said", "Marty West, an
 * education professor at Harvard who worked for Sen. Lamar Alexander (R-Tenn.), one of …,
 * called": the walk back from the verb stops inside the appositive (its third comma, a name in
 * it). Shape from PolNeAR train mixed wrong speakers (issue 15, session 30, third helper).
 */
import type { Mention, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { mainClauseStart } from "./sentence-openers.ts";
import { personEndingAt } from "./speaker-appositives.ts";
import type { Token } from "./tokenize.ts";

/** The opening person before the comma-delimited appositive that ends right before `v`. */
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
