export {
  cloneTemplateDatabase,
  dropDatabase,
  ensureTemplateDatabase,
  templateName,
  withDatabase,
} from "./template.ts";
