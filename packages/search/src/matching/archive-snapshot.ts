// The built archive of checked claims on disk, so a one-shot process (`claimdesk match`) does not
// read and index every checked claim again when nothing changed. A snapshot is the matcher's
// index (analysed claims, postings, vocabulary, word associations) in V8's serialisation format,
// named by what it was built from: the database, the archive's version (archiveVersion: claim
// count, latest claim and verdict change) and the matcher's own code. Any change to one of them
// names another file; the stale ones of the same database are removed when a new one is written.
import { createHash } from "node:crypto";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Db } from "@claimdesk/db";
import type { AnalyzedText } from "./analyze-text.ts";
import { type IndexedClaim, MatchIndex, type MatchIndexState } from "./match-index.ts";
import { RERANKER } from "./reranker-model.ts";

/**
 * Where a one-shot process keeps its snapshots: CLAIMDESK_MATCH_SNAPSHOT_DIR, else
 * $XDG_CACHE_HOME/claimdesk, else ~/.cache/claimdesk; undefined (no snapshot) when the variable
 * is "off".
 */
export function snapshotDirFromEnv(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const dir = env.CLAIMDESK_MATCH_SNAPSHOT_DIR?.trim();
  if (dir === "off") return undefined;
  if (dir) return dir;
  return join(env.XDG_CACHE_HOME?.trim() || join(homedir(), ".cache"), "claimdesk");
}

/** Bump when what a snapshot holds changes in a way the source fingerprint cannot see. */
export const SNAPSHOT_FORMAT = 1;

/** The files whose code decides what the index holds: another version of one, another snapshot. */
const CODE_FILES = [
  "analyze-text.ts",
  "porter2.ts",
  "match-index.ts",
  "index-helpers.ts",
  "word-associations.ts",
  "load-checked-claims.ts",
  "archive-snapshot.ts",
];

let codeFingerprint: string | undefined;

/** A hash of the matcher's code (its source files when present) and the re-ranker's weights. */
export function matcherFingerprint(): string {
  if (codeFingerprint) return codeFingerprint;
  const hash = createHash("sha256");
  hash.update(`format ${SNAPSHOT_FORMAT}\n${JSON.stringify(RERANKER)}\n`);
  for (const file of CODE_FILES) {
    try {
      hash.update(readFileSync(join(import.meta.dirname, file)));
    } catch {
      hash.update(`${file}: not readable\n`); // a bundled build: the format number decides
    }
  }
  codeFingerprint = hash.digest("hex").slice(0, 16);
  return codeFingerprint;
}

export interface SnapshotName {
  /** the same for every snapshot of one database (stale ones are found by it) */
  database: string;
  /** the file name */
  file: string;
}

/** The snapshot's name for a database at an archive version. */
export async function snapshotName(db: Db, version: string): Promise<SnapshotName> {
  const [row] = await db.$queryRawUnsafe<{ id: string }[]>(
    `select concat_ws('/', current_database(), inet_server_addr()::text, inet_server_port()::text,
       (select oid::text from pg_database where datname = current_database())) as id`,
  );
  const database = createHash("sha256")
    .update(row?.id ?? "")
    .digest("hex")
    .slice(0, 12);
  const key = createHash("sha256")
    .update(`${version}\n${matcherFingerprint()}`)
    .digest("hex")
    .slice(0, 20);
  return { database, file: `match-archive-${database}-${key}.v8` };
}

export interface Snapshot {
  index: MatchIndex;
  /** claims changed since this time are re-read at the next refresh */
  loadedSince: Date;
}

/**
 * An analysed text with arrays for sets, an entry without the sets its stems give: V8 reads a
 * Set back far slower than an array (at 100K claims, 7.1 s of CPU for the entries as they are,
 * most of it their 200K stem sets; rebuilding the sets from arrays takes a fraction of that).
 */
type StoredText = Omit<AnalyzedText, "entities" | "numbers"> & {
  entities: string[];
  numbers: string[];
};
type StoredEntry = Omit<IndexedClaim, "text" | "headline" | "stems" | "textStems"> & {
  text: StoredText;
  headline: StoredText;
};

const storeText = (t: AnalyzedText): StoredText => ({
  ...t,
  entities: [...t.entities],
  numbers: [...t.numbers],
});
const loadText = (t: StoredText): AnalyzedText => ({
  ...t,
  entities: new Set(t.entities),
  numbers: new Set(t.numbers),
});

function storeEntry(e: IndexedClaim): StoredEntry {
  const { stems: _stems, textStems: _textStems, ...rest } = e;
  return { ...rest, text: storeText(e.text), headline: storeText(e.headline) };
}

function loadEntry(e: StoredEntry): IndexedClaim {
  const text = loadText(e.text);
  const headline = loadText(e.headline);
  return {
    ...e,
    text,
    headline,
    stems: new Set([...text.stems, ...headline.stems]),
    textStems: new Set(text.stems),
  };
}

interface SnapshotFile {
  format: number;
  fingerprint: string;
  version: string;
  loadedSince: string;
  state: Omit<MatchIndexState, "entries"> & { entries: StoredEntry[] };
}

/** The snapshot named `name`, or null when there is none or it cannot be read. */
export function readSnapshot(dir: string, name: SnapshotName, version: string): Snapshot | null {
  let data: SnapshotFile;
  try {
    data = deserialize(readFileSync(join(dir, name.file))) as SnapshotFile;
  } catch {
    return null; // absent, truncated or from another Node.js: build the archive instead
  }
  if (
    data?.format !== SNAPSHOT_FORMAT ||
    data.fingerprint !== matcherFingerprint() ||
    data.version !== version
  )
    return null;
  const state: MatchIndexState = { ...data.state, entries: data.state.entries.map(loadEntry) };
  return { index: MatchIndex.fromState(state), loadedSince: new Date(data.loadedSince) };
}

/**
 * Writes the index as snapshot `name` (to a temporary file renamed into place, so a reader never
 * sees half a file) and removes the other snapshots of the same database. Returns false when the
 * directory cannot be written: matching goes on without a snapshot.
 */
export function writeSnapshot(
  dir: string,
  name: SnapshotName,
  version: string,
  index: MatchIndex,
  loadedSince: Date,
): boolean {
  const state = index.exportState();
  const data: SnapshotFile = {
    format: SNAPSHOT_FORMAT,
    fingerprint: matcherFingerprint(),
    version,
    loadedSince: loadedSince.toISOString(),
    state: { ...state, entries: state.entries.map(storeEntry) },
  };
  const path = join(dir, name.file);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, serialize(data));
    renameSync(temporary, path);
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
  const prefix = `match-archive-${name.database}-`;
  for (const file of readdirSync(dir)) {
    if (!file.startsWith(prefix) || file === name.file) continue;
    try {
      // a temporary file of a writer still running is left alone for a minute
      if (file.endsWith(".tmp") && Date.now() - statSync(join(dir, file)).mtimeMs < 60_000)
        continue;
      rmSync(join(dir, file), { force: true });
    } catch {} // removed by another process meanwhile
  }
  return true;
}
