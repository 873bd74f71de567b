export { scoreCheckworthiness } from "./checkworthiness.ts";
export { DEFAULT_MIN_ASSERTION_SCORE, extractStatements } from "./extract-statements.ts";
export { ExtractionInputError } from "./extraction-input-error.ts";
export { fingerprintText } from "./fingerprint.ts";
export { splitParagraphs } from "./split-paragraphs.ts";
export type {
  Entity,
  ExtractedStatement,
  ExtractionOptions,
  ExtractionResult,
  Speaker,
  StatementKind,
} from "./types.ts";
export { MAX_INPUT_BYTES } from "./validate-input.ts";
