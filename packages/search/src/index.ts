export { createSearchBackend } from "./create-search-backend.ts";
export { EmbeddedSearchBackend } from "./embedded/embedded-backend.ts";
export { readSearchEnv, type SearchEnv } from "./env.ts";
export * from "./types.ts";
