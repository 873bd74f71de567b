-- A change feed for the embedded search backend's in-memory serving index (decision 007).
-- Every row of search_document records the transaction that last wrote it, and deletions are
-- logged with theirs. A reader that remembers the oldest transaction still running when it last
-- synced (pg_snapshot_xmin) re-reads exactly the rows written since, whatever order the writers
-- commit in: a sequence number would skip a row whose writer committed after a later one.
ALTER TABLE "search_document" ADD COLUMN "txid" xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX "search_document_txid" ON "search_document" ("txid");

CREATE TABLE "search_document_deletion" (
  "index_uid"  text        NOT NULL,
  "id"         text        NOT NULL,
  "txid"       xid8        NOT NULL DEFAULT pg_current_xact_id(),
  "deleted_at" timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX "search_document_deletion_txid" ON "search_document_deletion" ("txid");
CREATE INDEX "search_document_deletion_deleted_at" ON "search_document_deletion" ("deleted_at");
