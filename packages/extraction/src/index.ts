export type {
  Entity,
  ExtractedStatement,
  ExtractionOptions,
  ExtractionResult,
  Speaker,
  StatementKind,
} from "./types";
export { extractStatements, DEFAULT_MIN_ASSERTION_SCORE } from "./extract-statements";
export { fingerprintText } from "./fingerprint";
export { ExtractionInputError } from "./extraction-input-error";
export { toCliJson, type CliJson } from "./cli-output";
export { formatTable } from "./format-table";
export { scoreCheckworthiness } from "./checkworthiness";
export { MAX_INPUT_BYTES } from "./validate-input";
