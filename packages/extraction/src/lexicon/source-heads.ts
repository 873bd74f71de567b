/**
 * Nouns for people (one or many) that head a described source: "a Democratic strategist", "one
 * longtime adviser", "several GOP insiders", "aides". They make such a description a speaker
 * phrase (src/speaker-nouns.ts, `isSpeakerNoun`) instead of the quote falling back to the last
 * person named.
 *
 * Provenance: chosen from PolNeAR v1.0.0 train (Newell, Margolin, Ruths, "An Attribution Relations
 * Corpus for Political News", LREC 2018; ../shared/datasets/polnear, 840 articles, first annotator
 * per article). The head word (the last word before a preposition, comma or relative pronoun) of
 * every annotated Source span was counted, 2026-12-03; heads seen 3+ times that denote people and
 * were not yet speaker nouns were kept by hand (pronouns, documents, polls and numbers left out;
 * so were the words of `FOCUS_HEADS` in src/description-speakers.ts, "the New York businessman",
 * which name the person the story is about rather than stay a phrase).
 * Only these ordinary English words are taken, no article text. See
 * docs/decisions/025-polnear-second-pass.md (branch x15sd) and the package README's provenance.
 */
const SINGULAR = `adviser advisor aide strategist source member ally pollster politician supporter
reporter employee person friend conservative liberal progressive insider rival veteran donor
delegate superdelegate speechwriter host backer attendee actor actress pastor consultant investor
journalist partner user operative staffer commentator moderator student contender co-author
columnist lobbyist hopeful advocate socialist retiree agent pundit confidant associate fundraiser
editor designer voter worker`;

const PLURAL_ONLY = "people women men allies staff";

function plural(w: string): string {
  if (w.endsWith("man")) return `${w.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

const singular = SINGULAR.split(/\s+/).filter(Boolean);

export const PERSON_GROUP_HEADS: ReadonlySet<string> = new Set([
  ...singular,
  ...singular.map(plural),
  ...PLURAL_ONLY.split(/\s+/),
]);
