export { slugify, upsertSpeaker } from "./upsert-speaker.ts";
