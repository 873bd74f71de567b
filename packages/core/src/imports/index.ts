export { type ImportLiarResult, importLiarRows, speakerNameFromSlug } from "./import-liar.ts";
export { type LiarParseError, type LiarRow, parseLiarTsv } from "./parse-liar-tsv.ts";
