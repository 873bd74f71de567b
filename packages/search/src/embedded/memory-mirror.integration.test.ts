// The memory engine's per-process copy of search_document (memory-mirror.ts), against this test
// file's own database. Two backends on the same database play two processes: a writer and a
// reader that only searches. Raw clients hold transactions open to make writers commit out of
// the order their transaction ids were given in.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDocument } from "../testing/fixtures.ts";
import type { SearchDocument } from "../types.ts";
import { EmbeddedSearchBackend } from "./embedded-backend.ts";

let writer: EmbeddedSearchBackend;
let reader: EmbeddedSearchBackend;
const clients: pg.Client[] = [];

beforeAll(async () => {
  const url = process.env.DATABASE_URL!;
  writer = new EmbeddedSearchBackend(url, { engine: "memory" });
  reader = new EmbeddedSearchBackend(url, { engine: "memory" });
  await writer.ensureIndexes();
  await reader.ensureIndexes();
});

afterAll(async () => {
  for (const client of clients) await client.end().catch(() => {});
  await writer?.close();
  await reader?.close();
});

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  await client.connect();
  clients.push(client);
  return client;
}

function claim(id: string, text: string): SearchDocument {
  return makeDocument({ id, type: "claim", text });
}

/** Ids of the reader's claims matching `q`. */
async function found(q: string): Promise<string[]> {
  const result = await reader.search({ q, indexes: ["claims"], limit: 50 });
  return result.hits.map((h) => h.id).sort();
}

/** Ids of the claims matching `q` for a process starting now (a full load of the table). */
async function foundFresh(q: string): Promise<string[]> {
  const fresh = new EmbeddedSearchBackend(process.env.DATABASE_URL!, { engine: "memory" });
  try {
    const result = await fresh.search({ q, indexes: ["claims"], limit: 50 });
    return result.hits.map((h) => h.id).sort();
  } finally {
    await fresh.close();
  }
}

async function bumpVersion(client: pg.Client): Promise<void> {
  await client.query("update search_index_version set version = version + 1 where id = 1");
}

async function servingUid(client: pg.Client): Promise<string> {
  const result = await client.query<{ index_uid: string }>(
    "select index_uid from search_index_alias where name = 'claims'",
  );
  return result.rows[0]!.index_uid;
}

/** Begins a transaction and gives it its transaction id now (before anyone else's). */
async function beginWithTxid(client: pg.Client): Promise<bigint> {
  await client.query("begin");
  const result = await client.query<{ txid: string }>("select pg_current_xact_id()::text as txid");
  return BigInt(result.rows[0]!.txid);
}

/** What upsertDocuments writes, as far as the memory engine is concerned (doc and txid). */
async function insertRaw(client: pg.Client, uid: string, doc: SearchDocument): Promise<void> {
  await client.query(
    `insert into search_document as s (index_uid, id, type, doc, body, tsv, claim_key)
     values ($1, $2, $3, $4::jsonb, $5, to_tsvector('english', $5), $6)
     on conflict (index_uid, id) do update set txid = pg_current_xact_id(), doc = excluded.doc,
       body = excluded.body, tsv = excluded.tsv, updated_at = now()`,
    [uid, doc.id, doc.type, JSON.stringify(doc), doc.text, doc.claimKey],
  );
}

/** What deleteDocuments writes: the row goes, the deletion is logged with this transaction id. */
async function deleteRaw(client: pg.Client, uid: string, id: string): Promise<void> {
  await client.query(
    `with gone as (delete from search_document where index_uid = $1 and id = $2
       returning index_uid, id)
     insert into search_document_deletion (index_uid, id) select index_uid, id from gone`,
    [uid, id],
  );
}

describe("MemoryMirror (two processes on one database)", () => {
  it("the reader sees the writer's upserts, updates and deletes on its next search", async () => {
    expect(await found("quokka")).toEqual([]); // loads the reader's copy
    await writer.upsertDocuments("claims", [
      claim("mm-1", "Quokka sightings doubled on the island"),
      claim("mm-2", "Quokka numbers fell in the park"),
    ]);
    expect(await found("quokka")).toEqual(["mm-1", "mm-2"]);
    await writer.upsertDocuments("claims", [claim("mm-1", "Narwhal tusks were sold abroad")]);
    expect(await found("quokka")).toEqual(["mm-2"]);
    expect(await found("narwhal")).toEqual(["mm-1"]);
    await writer.deleteDocuments("claims", ["mm-1"]);
    expect(await found("narwhal")).toEqual([]);
    expect(await found("quokka")).toEqual(["mm-2"]);
    await writer.deleteDocuments("claims", ["mm-2"]);
    expect(await found("quokka")).toEqual([]);
  });

  it("the reader's indexVersion changes after each write, not otherwise", async () => {
    const v1 = await reader.indexVersion();
    expect(await reader.indexVersion()).toBe(v1);
    await writer.upsertDocuments("claims", [claim("mv-1", "Wombat burrows under the fence")]);
    const v2 = await reader.indexVersion();
    expect(v2).not.toBe(v1);
    expect(await found("wombat")).toEqual(["mv-1"]);
    await writer.deleteDocuments("claims", ["mv-1"]);
    const v3 = await reader.indexVersion();
    expect(v3).not.toBe(v2);
    expect(await reader.indexVersion()).toBe(v3);
    expect(await found("wombat")).toEqual([]);
  });

  it("sees a write whose transaction commits after a later transaction's write", async () => {
    await writer.upsertDocuments("claims", [claim("mh-held", "Pangolin trade was banned")]);
    expect(await found("pangolin")).toEqual(["mh-held"]);
    const held = await connect();
    const uid = await servingUid(held);
    // Update the row in a transaction that stays open (its txid is taken now).
    await held.query("begin");
    await held.query(
      `update search_document set doc = jsonb_set(doc, '{text}', to_jsonb($1::text)), body = $1,
         txid = pg_current_xact_id()
       where index_uid = $2 and id = 'mh-held'`,
      ["Armadillo shells were exported", uid],
    );
    // A held insert of a new row too.
    await insertRaw(held, uid, claim("mh-new", "Armadillo farms opened upstate"));
    // Meanwhile another writer commits (a later txid) and bumps the version.
    await writer.upsertDocuments("claims", [claim("mh-other", "Capybara herds crossed the river")]);
    expect(await found("capybara")).toEqual(["mh-other"]);
    expect(await found("armadillo")).toEqual([]);
    expect(await found("pangolin")).toEqual(["mh-held"]);
    // The held transaction commits last; a plain sequence of versions would skip its rows.
    await held.query("commit");
    await bumpVersion(held);
    expect(await found("armadillo")).toEqual(["mh-held", "mh-new"]);
    expect(await foundFresh("armadillo")).toEqual(["mh-held", "mh-new"]);
    expect(await found("pangolin")).toEqual([]);
    expect(await found("capybara")).toEqual(["mh-other"]);
  });

  it("a held transaction's write is still read after several refreshes", async () => {
    const held = await connect();
    const uid = await servingUid(held);
    await beginWithTxid(held);
    await insertRaw(held, uid, claim("ms-held", "Okapi calves were born"));
    for (let i = 0; i < 3; i++) {
      await writer.upsertDocuments("claims", [claim(`ms-${i}`, `Ibex herd number ${i}`)]);
      expect(await found("ibex")).toHaveLength(i + 1);
      expect(await found("okapi")).toEqual([]);
    }
    await held.query("commit");
    await bumpVersion(held);
    expect(await found("okapi")).toEqual(["ms-held"]);
  });

  it("a document deleted and then re-inserted is present in the reader", async () => {
    await writer.upsertDocuments("claims", [claim("mr-1", "Platypus eggs hatched early")]);
    expect(await found("platypus")).toEqual(["mr-1"]);
    // Deleted and re-inserted between two searches of the reader.
    await writer.deleteDocuments("claims", ["mr-1"]);
    await writer.upsertDocuments("claims", [claim("mr-1", "Platypus eggs hatched late")]);
    expect(await found("platypus")).toEqual(["mr-1"]);
    // The reader searches in between.
    await writer.deleteDocuments("claims", ["mr-1"]);
    expect(await found("platypus")).toEqual([]);
    await writer.upsertDocuments("claims", [claim("mr-1", "Platypus eggs hatched again")]);
    expect(await found("platypus")).toEqual(["mr-1"]);
    const hit = (await reader.search({ q: "platypus", indexes: ["claims"] })).hits[0]!;
    expect(hit.text).toBe("Platypus eggs hatched again");
  });

  it("a document deleted and then re-inserted with the rows re-read under an old xmin stays present", async () => {
    // A long transaction (not touching search) keeps the snapshot xmin low, so every refresh
    // re-reads the deletion and the re-insert.
    const idle = await connect();
    await beginWithTxid(idle);
    await writer.upsertDocuments("claims", [claim("mx-1", "Tapir tracks near the creek")]);
    expect(await found("tapir")).toEqual(["mx-1"]);
    await writer.deleteDocuments("claims", ["mx-1"]);
    expect(await found("tapir")).toEqual([]);
    await writer.upsertDocuments("claims", [claim("mx-1", "Tapir tracks near the creek again")]);
    expect(await found("tapir")).toEqual(["mx-1"]);
    await writer.upsertDocuments("claims", [claim("mx-2", "Unrelated heron nest")]);
    expect(await found("tapir")).toEqual(["mx-1"]);
    await idle.query("commit");
    await bumpVersion(idle);
    expect(await found("tapir")).toEqual(["mx-1"]);
  });

  // A re-insert whose transaction took its id before the deletion's, but wrote after the
  // deletion committed (two workers racing on one document): the row is in the table, so the
  // reader must have it. The mirror applies the changes in txid order, so the older insert is
  // applied first and the newer deletion removes it.
  it("a re-insert with an older txid than the deletion it follows stays present", async () => {
    await writer.upsertDocuments("claims", [claim("mo-1", "Gecko eggs under the porch")]);
    expect(await found("gecko")).toEqual(["mo-1"]);
    const inserter = await connect();
    const uid = await servingUid(inserter);
    const insertTxid = await beginWithTxid(inserter); // older txid
    await writer.deleteDocuments("claims", ["mo-1"]); // newer txid, commits first
    expect(await found("gecko")).toEqual([]);
    await insertRaw(inserter, uid, claim("mo-1", "Gecko eggs under the porch again"));
    await inserter.query("commit");
    await bumpVersion(inserter);
    const rows = await inserter.query<{ txid: string }>(
      "select txid::text as txid from search_document where index_uid = $1 and id = 'mo-1'",
      [uid],
    );
    expect(BigInt(rows.rows[0]!.txid)).toBe(insertTxid); // in the table, with the older txid
    expect(await foundFresh("gecko")).toEqual(["mo-1"]);
    expect(await found("gecko")).toEqual(["mo-1"]);
  });

  // The mirror image: a deletion whose transaction took its id before an update's but deleted
  // after the update committed. The row is gone from the table; the reader keeps it.
  it("a deletion with an older txid than the update it follows removes the document", async () => {
    await writer.upsertDocuments("claims", [claim("md-1", "Lemur troop spotted")]);
    expect(await found("lemur")).toEqual(["md-1"]);
    const deleter = await connect();
    const uid = await servingUid(deleter);
    await beginWithTxid(deleter); // older txid
    await writer.upsertDocuments("claims", [claim("md-1", "Lemur troop spotted again")]);
    expect(await found("lemur")).toEqual(["md-1"]); // the reader now has the newer txid
    await deleteRaw(deleter, uid, "md-1");
    await deleter.query("commit");
    await bumpVersion(deleter);
    const rows = await deleter.query(
      "select 1 from search_document where index_uid = $1 and id = 'md-1'",
      [uid],
    );
    expect(rows.rowCount).toBe(0); // gone from the table
    expect(await foundFresh("lemur")).toEqual([]);
    expect(await found("lemur")).toEqual([]);
  });

  // The same with two updates: the one committed last (with the older txid) is in the table; the
  // reader keeps the other, as it already holds a newer txid for the document.
  it("an update with an older txid committed after a newer one wins", async () => {
    await writer.upsertDocuments("claims", [claim("mu-1", "Bison herd grazing")]);
    expect(await found("bison")).toEqual(["mu-1"]);
    const updater = await connect();
    const uid = await servingUid(updater);
    await beginWithTxid(updater); // older txid
    await writer.upsertDocuments("claims", [claim("mu-1", "Bison herd grazing quietly")]);
    expect(await found("quietly")).toEqual(["mu-1"]);
    await insertRaw(updater, uid, claim("mu-1", "Bison herd stampeded"));
    await updater.query("commit");
    await bumpVersion(updater);
    const rows = await updater.query<{ text: string }>(
      "select doc->>'text' as text from search_document where index_uid = $1 and id = 'mu-1'",
      [uid],
    );
    expect(rows.rows[0]!.text).toBe("Bison herd stampeded"); // the table's state
    expect(await foundFresh("stampeded")).toEqual(["mu-1"]);
    expect(await found("stampeded")).toEqual(["mu-1"]);
    expect(await found("quietly")).toEqual([]);
  });

  it("a reindex through the writer is seen by the reader", async () => {
    await writer.upsertDocuments("claims", [
      claim("ri-old-1", "Meerkat colony expanded"),
      claim("ri-keep", "Meerkat sentries and jackals"),
    ]);
    expect(await found("meerkat")).toEqual(["ri-keep", "ri-old-1"]);
    const before = await reader.indexVersion();
    const target = await writer.prepareReindexTarget("claims", "mirror1");
    await writer.writeReindexBatch(target, [
      claim("ri-keep", "Jackal dens in the valley"),
      claim("ri-new-1", "Jackal pups counted"),
    ]);
    // Not swapped yet: the reader still serves the old index.
    expect(await found("jackal")).toEqual(["ri-keep"]);
    await writer.swapReindexTarget("claims", target);
    // The swapped index loads beside the old copy (memory-mirror-swap.integration.test.ts).
    await reader.warm();
    expect(await reader.indexVersion()).not.toBe(before);
    expect(await found("meerkat")).toEqual([]);
    expect(await found("jackal")).toEqual(["ri-keep", "ri-new-1"]);
    // Documents of other tests were in the old index only.
    expect(await found("capybara")).toEqual([]);
    // Writes to the new physical index reach the reader too.
    await writer.upsertDocuments("claims", [claim("ri-new-2", "Jackal tracks in snow")]);
    expect(await found("jackal")).toEqual(["ri-keep", "ri-new-1", "ri-new-2"]);
    await writer.deleteDocuments("claims", ["ri-new-1"]);
    expect(await found("jackal")).toEqual(["ri-keep", "ri-new-2"]);
    // A raw write to the new physical index is seen as well.
    const client = await connect();
    expect(await servingUid(client)).toBe(target);
    await client.query("begin");
    await insertRaw(client, target, claim("ri-raw", "Jackal calls at night"));
    await client.query("commit");
    await bumpVersion(client);
    expect(await found("jackal")).toEqual(["ri-keep", "ri-new-2", "ri-raw"]);
  });
});
