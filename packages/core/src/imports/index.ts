export { type ImportLiarResult, importLiarRows, speakerNameFromSlug } from "./import-liar.ts";
export {
  createImportRun,
  listImportRuns,
  MAX_IMPORT_UPLOAD_BYTES,
  runImport,
  ZImportUpload,
} from "./import-runs.ts";
export { type LiarParseError, type LiarRow, parseLiarTsv } from "./parse-liar-tsv.ts";
