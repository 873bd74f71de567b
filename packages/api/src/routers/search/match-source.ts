import type { Db } from "@claimdesk/db";
import { type ClaimMatchSource, createClaimMatchSource } from "@claimdesk/search";

const sources = new WeakMap<Db, ClaimMatchSource>();

/**
 * One match source per database client and process: the archive of checked claims is loaded
 * once (seconds at 100K claims) and then kept fresh by cheap checks.
 */
export function getClaimMatchSource(db: Db): ClaimMatchSource {
  let source = sources.get(db);
  if (!source) {
    source = createClaimMatchSource(db, { env: process.env });
    sources.set(db, source);
  }
  return source;
}
