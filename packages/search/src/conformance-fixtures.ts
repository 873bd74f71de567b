// Moved to src/testing/fixtures.ts (issue 17). Kept only for src/embedded/memory-index.test.ts,
// which another branch is splitting at the same time: delete this file once those tests import
// "../testing/fixtures.ts".
export * from "./testing/fixtures.ts";
