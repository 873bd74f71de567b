import type { Db } from "@claimdesk/db";
import { readSnapshot, snapshotName, writeSnapshot } from "./archive-snapshot.ts";
import { ClaimMatcher } from "./claim-matcher.ts";
import { archiveVersion, loadChangedClaims, loadCheckedClaims } from "./load-checked-claims.ts";

/**
 * The archive of checked claims of one database, held in memory by a matcher and kept fresh:
 * loaded on first use; afterwards, at most every `refreshMs`, one cheap query tells whether a
 * claim or a verdict changed, and only the changed claims are re-read. With `snapshotDir`, the
 * built archive is also kept on disk (archive-snapshot.ts) and loaded from there while nothing
 * changed: what makes a one-shot `claimdesk match` fast on a large archive.
 */
export class ClaimArchive {
  readonly #db: Db;
  readonly #refreshMs: number;
  readonly #snapshotDir: string | undefined;
  #matcher: ClaimMatcher | null = null;
  #loading: Promise<ClaimMatcher> | null = null;
  #version = "";
  #checkedAt = 0;
  #loadedSince = new Date(0);

  constructor(db: Db, options: { refreshMs?: number; snapshotDir?: string } = {}) {
    this.#db = db;
    this.#refreshMs = options.refreshMs ?? 5000;
    this.#snapshotDir = options.snapshotDir;
  }

  /** Where the archive came from the last time it was loaded in full. */
  loadedFrom: "database" | "snapshot" | null = null;

  /** The matcher over the archive as it is now (loads it the first time). */
  async matcher(): Promise<ClaimMatcher> {
    if (!this.#matcher) {
      this.#loading ??= this.#load();
      return this.#loading;
    }
    if (Date.now() - this.#checkedAt >= this.#refreshMs) await this.#refresh(this.#matcher);
    return this.#matcher;
  }

  async #load(): Promise<ClaimMatcher> {
    const started = new Date();
    const version = await archiveVersion(this.#db);
    const dir = this.#snapshotDir;
    const name = dir ? await snapshotName(this.#db, version) : null;
    const snapshot = dir && name ? readSnapshot(dir, name, version) : null;
    if (snapshot)
      return this.#use(new ClaimMatcher(snapshot.index), version, snapshot.loadedSince, "snapshot");
    const claims = await loadCheckedClaims(this.#db);
    const matcher = new ClaimMatcher(claims);
    matcher.index.associations();
    // a change committed while loading is re-read at the next refresh (a second of slack for
    // clocks and transactions that started before)
    const loadedSince = new Date(started.getTime() - 1000);
    if (dir && name) writeSnapshot(dir, name, version, matcher.index, loadedSince);
    return this.#use(matcher, version, loadedSince, "database");
  }

  #use(
    matcher: ClaimMatcher,
    version: string,
    loadedSince: Date,
    from: "database" | "snapshot",
  ): ClaimMatcher {
    this.#version = version;
    this.#checkedAt = Date.now();
    this.#loadedSince = loadedSince;
    this.#matcher = matcher;
    this.loadedFrom = from;
    return matcher;
  }

  async #refresh(matcher: ClaimMatcher): Promise<void> {
    this.#checkedAt = Date.now();
    const version = await archiveVersion(this.#db);
    if (version === this.#version) return;
    // fewer claims than before: some were deleted, which no changed row tells; read it all again
    if (Number(version.split("/")[0]) < Number(this.#version.split("/")[0])) {
      await this.#load();
      return;
    }
    const started = new Date();
    const changes = await loadChangedClaims(this.#db, this.#loadedSince);
    if (changes.upsert.length > Math.max(1000, matcher.size / 2)) {
      await this.#load(); // most of it changed (a big import): a fresh index, no tombstones
      return;
    }
    matcher.remove(changes.remove);
    matcher.upsert(changes.upsert);
    this.#version = version;
    this.#loadedSince = new Date(started.getTime() - 1000);
  }
}
