// The built archive of checked claims on disk, so a one-shot process (`claimdesk match`) does not
// read and index every checked claim again when nothing changed. A snapshot is the matcher's
// index (analysed claims, postings, vocabulary, word associations) in V8's serialisation format,
// laid out flat: the claims as one JSON text decoded per claim when first needed
// (match-entries.ts), postings and surface postings as typed arrays with offsets. Named by what it
// was built from: the database, the archive's version (archiveVersion: claim
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
import { ClaimEntries, type EncodedEntries } from "./match-entries.ts";
import { MatchIndex, type MatchIndexState, type Posting } from "./match-index.ts";
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
export const SNAPSHOT_FORMAT = 2;

/** The files whose code decides what the index holds: another version of one, another snapshot. */
const CODE_FILES = [
  "analyze-text.ts",
  "porter2.ts",
  "match-index.ts",
  "index-helpers.ts",
  "word-associations.ts",
  "load-checked-claims.ts",
  "match-entries.ts",
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

/** Lists of numbers one after the other, with where each starts (and one more at the end). */
interface FlatLists {
  offsets: Int32Array;
  values: Int32Array;
}

/** `lists` flat; `width` numbers per item (offsets count items). */
function flatten(lists: readonly (ArrayLike<number> | undefined)[], width = 1): FlatLists {
  const offsets = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((list, i) => {
    offsets[i] = total;
    total += (list?.length ?? 0) / width;
  });
  offsets[lists.length] = total;
  const values = new Int32Array(total * width);
  lists.forEach((list, i) => {
    if (list) values.set(list, (offsets[i] as number) * width);
  });
  return { offsets, values };
}

/** List `i` of `flat` (a view, no copy); undefined when empty, as a list never written. */
function listOf(flat: FlatLists, i: number, width = 1): Int32Array | undefined {
  const start = flat.offsets[i] as number;
  const end = flat.offsets[i + 1] as number;
  return end > start ? flat.values.subarray(start * width, end * width) : undefined;
}

interface SnapshotFile {
  format: number;
  fingerprint: string;
  version: string;
  loadedSince: string;
  entries: EncodedEntries;
  byId: Map<string, number>;
  /** stems in order; per stem its documents, and per document its 3 term frequencies */
  postings: { stems: string[]; docs: FlatLists; tf: FlatLists };
  liveCount: number;
  totalLength: MatchIndexState["totalLength"];
  surfaceVocabulary: Map<string, number>;
  surfacePostings: FlatLists;
  associations: MatchIndexState["associations"];
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
  const postings = new Map<string, Posting>();
  data.postings.stems.forEach((stem, i) => {
    postings.set(stem, {
      docs: listOf(data.postings.docs, i) ?? new Int32Array(0),
      tf: listOf(data.postings.tf, i, 3) ?? new Int32Array(0),
    });
  });
  const surfacePostings: Int32Array[] = [];
  for (let id = 0; id < data.surfacePostings.offsets.length - 1; id++) {
    const list = listOf(data.surfacePostings, id);
    if (list) surfacePostings[id] = list;
  }
  const state: MatchIndexState = {
    entries: ClaimEntries.fromEncoded(data.entries),
    byId: data.byId,
    postings,
    liveCount: data.liveCount,
    totalLength: data.totalLength,
    surfaceVocabulary: data.surfaceVocabulary,
    surfacePostings,
    associations: data.associations,
  };
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
  const postings = [...state.postings];
  const data: SnapshotFile = {
    format: SNAPSHOT_FORMAT,
    fingerprint: matcherFingerprint(),
    version,
    loadedSince: loadedSince.toISOString(),
    entries: state.entries.encode(),
    byId: state.byId,
    postings: {
      stems: postings.map(([stem]) => stem),
      docs: flatten(postings.map(([, p]) => p.docs)),
      tf: flatten(
        postings.map(([, p]) => p.tf),
        3,
      ),
    },
    liveCount: state.liveCount,
    totalLength: state.totalLength,
    surfaceVocabulary: state.surfaceVocabulary,
    surfacePostings: flatten(state.surfacePostings),
    associations: state.associations,
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
