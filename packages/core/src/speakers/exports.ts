// The package entry @claimdesk/core/speakers. Core modules import ./index.ts instead, which stays
// free of database value imports (it is reached from browser code through slugify).
export { getSpeakerPage, SPEAKER_PAGE_SIZE } from "./get-speaker-page.ts";
export { listSpeakers, SPEAKERS_PAGE_SIZE } from "./list-speakers.ts";
export { MERGE_LIMIT, mergeSpeakers, undoSpeakerMerge } from "./merge-speakers.ts";
export { resolveSpeakerSlug } from "./resolve-speaker.ts";
export { slugify } from "./slugify.ts";
export { upsertSpeaker } from "./upsert-speaker.ts";
