import { PRONOUN_WORDS } from "./frame-parts.ts";
import { FRAME_CUE_LEMMAS, MIXED_ONLY_FORMS } from "./lexicon/cues.ts";
import { SPEECH_VERBS } from "./lexicon/speech-verbs.ts";
import { SOURCE_NOUNS } from "./speaker-nouns.ts";
import type { Token } from "./tokenize.ts";

/** Cue forms that are also nouns ("Twenty-seven states", "the reports"): need a clear frame. */
const NOUN_LIKE = new Set(
  `states reports notes claims posts answers comments estimates counters tweets promises pledges
remarks charges reveals vows warns repeats concludes observes replies jokes laments state report
post answer comment estimate counter tweet promise pledge charge remark note claim`
    .split(/\s+/)
    .filter(Boolean),
);
const NOT_BEFORE_CUE = new Set(
  "the a an this that these those his her their its our my your of in on for to with by from and or as having what are is was were be been being".split(
    " ",
  ),
);

/** The verb of saying at a token, as the speech frames (src/speech-frames.ts) read cues. */
export function cueLemma(tokens: Token[], v: number): string | undefined {
  const t = tokens[v] as Token;
  if (!t.word || t.inQuote || t.cap) return undefined;
  // "Labor leaders point out that …": the lexicon lists only "pointed" (quote attribution).
  const pointOut =
    /^points?$/.test(t.lower) && tokens[v + 1]?.lower === "out" ? "point" : undefined;
  const known = SPEECH_VERBS.get(t.lower) ?? pointOut;
  const l = known && FRAME_CUE_LEMMAS.has(known) ? known : MIXED_ONLY_FORMS.get(t.lower);
  if (!l) return undefined;
  const prev = tokens[v - 1];
  // "Six in 10 say …", "at least 21,000 said …": a count is who spoke (not a year).
  const count = prev?.numeric && l === "say" && !/^(1[89]|20)\d\d$/.test(prev.lower);
  if (prev?.word && (NOT_BEFORE_CUE.has(prev.lower) || (prev.numeric && !count))) {
    // "the reported deal", "of said", "Twenty-seven states": not a verb of saying here.
    const asBy = prev.lower === "as" && tokens[v + 1]?.lower === "by"; // "As reported by X,"
    // "by saying he is ready …" (afterGerundPreposition, src/gerund-prepositions.ts).
    const bySaying = prev.lower === "by" && t.lower.endsWith("ing");
    if (!(prev.lower === "and" && !NOUN_LIKE.has(t.lower)) && !asBy && !bySaying) return undefined;
  }
  if (NOUN_LIKE.has(t.lower)) {
    // "states that vote a week later", "reports that track spending": a verb only after a
    // subject (a name or pronoun) and before "that".
    if ((tokens[v + 1] as Token | undefined)?.lower !== "that") return undefined;
    // …or after a cited document: "A document on the campaign's website states that …".
    if (!prev?.word || !(prev.cap || PRONOUN_WORDS.has(prev.lower) || SOURCE_NOUNS.has(prev.lower)))
      return undefined;
  }
  return l;
}
