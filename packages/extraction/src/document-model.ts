import type { Token } from "./tokenize.ts";

export type Gender = "m" | "f" | null;

/** A person, organisation or place known in one article. */
export interface EntityRecord {
  id: number;
  type: "person" | "organization" | "place";
  name: string;
  role: string | null;
  aliases: Set<string>;
  gender: Gender;
  /** Only a single word has been seen so far (upgraded when a full name appears). */
  singleWord: boolean;
}

export interface Mention {
  kind: "name" | "pronoun";
  /** Resolved entity, or -1 (unknown capitalised word, unresolved pronoun). */
  entityId: number;
  /** Character span of the name (without role words / possessive ending). */
  start: number;
  end: number;
  /** Token range in the sentence covering role + name. */
  tokenStart: number;
  tokenEnd: number;
  sentenceIndex: number;
  possessive: boolean;
  inQuote: boolean;
  /** Follows a preposition ("with Putin"), so not a subject. */
  prepositional: boolean;
  role: string | null;
  /** For pronouns: he/she/they/it. */
  pronoun?: "m" | "f" | "pl" | "it";
  /** Capitalised single word never seen as part of a full name. */
  unknownWord?: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  blockIndex: number;
  tokens: Token[];
  mentions: Mention[];
}

export interface DocumentModel {
  input: string;
  sentences: Sentence[];
  entities: EntityRecord[];
  /** First sentence index of each block (paragraph). */
  blockFirstSentence: number[];
}
