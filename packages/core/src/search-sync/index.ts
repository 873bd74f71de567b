export { enqueueIndexChanges, type IndexedEntity } from "./enqueue-index-changes.ts";
