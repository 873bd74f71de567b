/**
 * direct_quote: the quoted words; reported: a paraphrase after a verb of saying; mixed: a
 * paraphrase with quoted words inside; question: a reported question ("asked whether …"), who
 * asked what, recorded but never check-worthy; assertion: an unattributed check-worthy sentence.
 */
export type StatementKind = "direct_quote" | "reported" | "mixed" | "question" | "assertion";

export interface Entity {
  type: "person" | "organization" | "place" | "date" | "number";
  text: string;
  /** UTF-16 offset into the input string as given. */
  start: number;
  end: number;
}

export interface ExtractedStatement {
  kind: StatementKind;
  /** Always equal to `input.slice(start, end)`. For direct quotes: the quoted words without marks. */
  text: string;
  /** Canonical full name of the speaker (person or organisation), or null when unknown. */
  speaker: string | null;
  speakerRole: string | null;
  /**
   * The words that attribute it: "said", "argued", "according to", "said in a statement"; null
   * for assertions and when the article gives none (a quote continuing an earlier speaker).
   */
  cue: string | null;
  /** 0–1: how worth fact-checking the statement is. */
  checkworthiness: number;
  start: number;
  end: number;
  fingerprint: string;
  entities: Entity[];
}

export interface Speaker {
  name: string;
  role: string | null;
  aliases: string[];
}

export interface ExtractionResult {
  title: string;
  statements: ExtractedStatement[];
  speakers: Speaker[];
  /** Human-readable notes about the input (e.g. "text does not look like English"). */
  warnings?: string[];
}

export interface ExtractionOptions {
  /**
   * Title supplied by the caller. When given, the input is treated as the body; if the input's
   * first line equals this title it is still skipped as the title line.
   */
  title?: string;
  /** Minimum check-worthiness for an unattributed sentence to be reported. Default 0.5. */
  minAssertionScore?: number;
  /**
   * Run the attribution tagger (weights learned from PolNeAR train) on sentences the rules left
   * alone. Default true; false gives the rules alone.
   */
  tagger?: boolean;
}
