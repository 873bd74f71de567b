import type { DocumentModel, Sentence } from "./document-model.ts";
import type { EntityRegistry } from "./entities.ts";
import { speakerFromNounPhrase } from "./noun-phrase-speakers.ts";
import { isAbbreviationDot } from "./quote-cues.ts";
import { findFirstMention, type SpeakerRef, speakerFromMention } from "./speaker-mentions.ts";
import { isSpeakerNoun } from "./speaker-nouns.ts";
import type { Token } from "./tokenize.ts";

/** Words that end the noun phrase after "according to": "records obtained by …", "data that …". */
const ACCORDING_NP_STOP = new Set(
  `obtained seen reviewed released published filed compiled cited provided issued posted shared
which that who whom whose from on in at during since`
    .split(/\s+/)
    .filter(Boolean),
);

/** "figures released by X": participles whose agent made the data, so X is the source. */
const PRODUCER_PARTICIPLES = new Set("released published compiled issued".split(" "));

/**
 * Speaker of "according to NP" where `v` is the token "according". Cuts the phrase at a
 * participle or relative word ("records obtained by the Ledger" -> "records"), accepts cited
 * documents as phrase speakers and prefers an appositive name ("its organiser, Ben Adeyemi,").
 * Returns the speaker and the token index one past the phrase (and its appositive).
 */
export function accordingToSpeaker(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  v: number,
  limit: number,
): { speaker: SpeakerRef | null; end: number } {
  const tokens = s.tokens;
  let fullEnd = v + 2;
  while (fullEnd < limit && (tokens[fullEnd] as Token).word) fullEnd++;
  /** The noun phrase from `start`, cut at a stop word, and its speaker. */
  const phrase = (start: number) => {
    let stop = start;
    while (
      stop < fullEnd &&
      !(
        stop > start &&
        ACCORDING_NP_STOP.has((tokens[stop] as Token).lower) &&
        !(tokens[stop] as Token).cap
      )
    )
      stop++;
    // Start after the article, so a name counts as the phrase's own ("according to the Office
    // of Rail and Road": the mention after "to" is marked prepositional).
    let a = start;
    if (a < stop - 1 && ["the", "a", "an"].includes((tokens[a] as Token).lower)) a++;
    return { stop, speaker: a < stop ? speakerFromNounPhrase(model, registry, s, a, stop) : null };
  };
  const np = phrase(v + 2);
  const e = np.stop;
  let speaker = np.speaker;
  if ((tokens[e] as Token | undefined)?.lower === "from" && (!speaker || speaker.entityId < 0)) {
    // "figures from the Environment Agency": the named producer of the data is the source.
    const m = findFirstMention(s, e + 1, fullEnd);
    const from = m && m.kind === "name" ? speakerFromMention(registry, m, model) : null;
    if (from && from.entityId >= 0) speaker = from;
  }
  if (
    PRODUCER_PARTICIPLES.has((tokens[e] as Token | undefined)?.lower ?? "") &&
    (tokens[e + 1] as Token | undefined)?.lower === "by" &&
    (!speaker || speaker.entityId < 0)
  ) {
    // "figures released by the county health department": who produced the data is the source
    // (unlike "records obtained by the Daily Star", whose source is the records).
    speaker = phrase(e + 2).speaker ?? speaker;
  }
  let end = fullEnd;
  const headWord = (tokens[fullEnd - 1] as Token | undefined)?.lower ?? "";
  if (
    (!speaker || speaker.entityId < 0) &&
    fullEnd > v + 2 &&
    isSpeakerNoun(headWord) &&
    (tokens[fullEnd] as Token | undefined)?.text === ","
  ) {
    // "according to its organiser, Ben Adeyemi, a student": a true appositive ends in a comma.
    const app = s.mentions.find(
      (m) =>
        m.tokenStart === fullEnd + 1 &&
        m.kind === "name" &&
        !m.possessive &&
        !m.inQuote &&
        [",", undefined].includes((tokens[m.tokenEnd] as Token | undefined)?.text),
    );
    if (app) {
      const ref = speakerFromMention(registry, app, model);
      if (ref && registry.get(ref.entityId)?.type === "person") {
        speaker = ref;
        end = app.tokenEnd;
      }
    }
  }
  if (speaker && speaker.entityId < 0) {
    // "according to a report in the Des Moines Register": a phrase cut before the name that
    // qualifies it keeps the whole noun phrase (PolNeAR's source span) as its name.
    const a = phraseStart(tokens, v);
    const named = s.mentions.some(
      (m) => m.kind === "name" && !m.inQuote && m.tokenStart > np.stop && m.tokenEnd <= fullEnd,
    );
    // "records obtained by the Daily Star" stays "records": the outlet only holds them.
    const held = ["obtained", "seen"].includes((tokens[np.stop] as Token | undefined)?.lower ?? "");
    if (named && !held && fullEnd - a <= 14 && fullEnd > a)
      speaker = {
        entityId: -1,
        name: model.input.slice((tokens[a] as Token).start, (tokens[fullEnd - 1] as Token).end),
        role: null,
      };
  }
  return { speaker, end };
}

/** The first word of the phrase after "according to" at `v`, past a leading article. */
function phraseStart(tokens: Token[], v: number): number {
  return ["the", "a", "an"].includes((tokens[v + 2] as Token | undefined)?.lower ?? "")
    ? v + 3
    : v + 2;
}

/**
 * A nested "according to": '“…,” Sanders said, according to CNN.' PolNeAR credits the quote to
 * the outlet or record that reports it (the source the reader has), not the person quoted
 * (quote-attribution.ts asks here; shape from PolNeAR train direct wrong speakers, session 30).
 * The index of "according" in ", according to" after the verb at `v` in the same clause (up to
 * `to`, at most 20 words on, no quoted words, sentence end or semicolon between); else -1.
 */
export function accordingAfterVerb(tokens: Token[], v: number, to: number): number {
  let words = 0;
  for (let k = v + 1; k < to && words < 20; k++) {
    const t = tokens[k] as Token;
    if (t.inQuote) return -1;
    if (!t.word) {
      if (t.text === "." && isAbbreviationDot(tokens, k)) continue;
      if ([".", ";", "!", "?", "“", "”", '"'].includes(t.text)) return -1;
      continue;
    }
    words++;
    if (t.lower === "according" && (tokens[k + 1] as Token | undefined)?.lower === "to") {
      const p = tokens[k - 1] as Token;
      return p.text === "," || p.word ? k : -1;
    }
  }
  return -1;
}

/**
 * The words after "according to" at `v` up to the clause end (at most 12, without a leading
 * article) as a phrase speaker, when they name someone: "audio provided by Wyoming Public Radio".
 */
export function accordingPhrase(
  input: string,
  tokens: Token[],
  v: number,
  to: number,
): SpeakerRef | null {
  const a = phraseStart(tokens, v);
  let b = a;
  while (b < to && b - a < 12 && (tokens[b] as Token).word) b++;
  if (b <= a || !tokens.slice(a, b).some((t) => t.cap)) return null;
  const name = input.slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end);
  return { entityId: -1, name, role: null };
}
