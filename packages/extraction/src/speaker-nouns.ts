/** The nouns that can head a speaker phrase, and the documents "according to" can cite. */
import { ORG_NOUNS } from "./lexicon/organizations.ts";
import { PERSON_NOUNS } from "./lexicon/roles.ts";
import { PERSON_GROUP_HEADS } from "./lexicon/source-heads.ts";

const GROUP_NOUNS = new Set(
  `officials experts analysts critics supporters residents witnesses researchers scientists doctors
lawmakers legislators prosecutors investigators authorities police officers spokespeople activists
economists opponents protesters organizers organisers sources diplomats observers leaders members
voters parents teachers workers employees executives advocates campaigners groups colleagues
organisations organizations unions fans families`
    .split(/\s+/)
    .filter(Boolean),
);

export function isPluralGroup(w: string): boolean {
  return GROUP_NOUNS.has(w) || (w.endsWith("s") && PERSON_NOUNS.has(w.slice(0, -1)));
}

/**
 * Documents and data that "according to" can cite: "according to court documents", "according
 * to the club's own figures", "according to the paper". They become phrase speakers.
 */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(
  `documents document records record data figures figure report reports study studies paper papers
filing filings code survey surveys poll polls statistics estimates estimate analysis audit minutes
transcript transcripts memo memos letter emails email complaint indictment affidavit lawsuit rules
guidelines website statement statements census forecast forecasts projections review research
brief briefs motion ruling opinion website site`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lowercase nouns that can head a speaker phrase ("the ministry", "officials", "the senator"). */
export function isSpeakerNoun(w: string): boolean {
  return (
    PERSON_NOUNS.has(w) ||
    ORG_NOUNS.has(w) ||
    isPluralGroup(w) ||
    w.startsWith("spokes") ||
    PERSON_GROUP_HEADS.has(w)
  );
}
