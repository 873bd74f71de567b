export { createScratchDatabase, type ScratchDatabase } from "./scratch-database.ts";
export {
  cloneTemplateDatabase,
  dropDatabase,
  ensureTemplateDatabase,
  templateName,
  withDatabase,
} from "./template.ts";
