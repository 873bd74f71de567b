// Inside core (articles, publishing, ratings import slugify): kept free of modules that import
// the database client as a value, because browser code reaches slugify through it. The package
// entry is ./exports.ts.
export { slugify } from "./slugify.ts";
export { upsertSpeaker } from "./upsert-speaker.ts";
