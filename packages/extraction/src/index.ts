export { scoreCheckworthiness } from "./checkworthiness";
export { DEFAULT_MIN_ASSERTION_SCORE, extractStatements } from "./extract-statements";
export { ExtractionInputError } from "./extraction-input-error";
export { fingerprintText } from "./fingerprint";
export { splitParagraphs } from "./split-paragraphs";
export type {
  Entity,
  ExtractedStatement,
  ExtractionOptions,
  ExtractionResult,
  Speaker,
  StatementKind,
} from "./types";
export { MAX_INPUT_BYTES } from "./validate-input";
