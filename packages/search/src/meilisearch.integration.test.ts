import { describe, it } from "vitest";
import { readSearchEnv } from "./env.ts";
import { MeilisearchBackend } from "./meilisearch/meilisearch-backend.ts";
import { registerBackendConformance } from "./testing/conformance.ts";

// The same conformance suite against a real Meilisearch server, when MEILI_HOST points at one.
// No Meilisearch server can be installed on the project's machines (see README), so locally
// this file reports a skip; CI or a developer with a server sets MEILI_HOST (+ MEILI_MASTER_KEY).
const env = readSearchEnv();

if (env.MEILI_HOST) {
  registerBackendConformance("Meilisearch", async () => {
    const backend = new MeilisearchBackend({ host: env.MEILI_HOST!, apiKey: env.MEILI_MASTER_KEY });
    // fresh indexes for every run
    for (const uid of ["claims", "statements", "articles"]) {
      await backend.client.deleteIndexIfExists(uid);
    }
    return backend;
  });
} else {
  describe("search backend conformance: Meilisearch", () => {
    it.skip("skipped: MEILI_HOST is not set (no Meilisearch server on this machine)", () => {});
  });
}
