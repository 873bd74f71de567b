-- search_document becomes a table partitioned by index_uid (LIST). A full reindex of the
-- embedded backend builds each new physical index as its own table without its GIN/trigram
-- indexes, creates them in bulk once the rows are in (several times cheaper than maintaining
-- them row by row), attaches the table as a partition, then flips the alias, and the replaced index
-- is dropped as a whole table instead of deleted row by row. Rows of physical indexes that have
-- no partition of their own (the initial "claims", "statements", "articles", tests) live in the
-- default partition.
CREATE TABLE "search_document_p" (
  "index_uid"       text        NOT NULL,
  "id"              text        NOT NULL,
  "type"            text        NOT NULL,
  "doc"             jsonb       NOT NULL,
  "body"            text        NOT NULL,
  "tsv"             tsvector    NOT NULL,
  "claim_key"       text        NOT NULL,
  "speaker"         text,
  "verdict"         text,
  "status"          text,
  "outlet"          text,
  "kind"            text,
  "date"            timestamptz,
  "checkworthiness" real,
  "updated_at"      timestamptz NOT NULL DEFAULT now()
) PARTITION BY LIST ("index_uid");
CREATE TABLE "search_document_default" PARTITION OF "search_document_p" DEFAULT;
INSERT INTO "search_document_p" SELECT * FROM "search_document";
DROP TABLE "search_document";
ALTER TABLE "search_document_p" RENAME TO "search_document";

ALTER TABLE "search_document" ADD CONSTRAINT "search_document_pkey" PRIMARY KEY ("index_uid", "id");
CREATE INDEX "search_document_tsv" ON "search_document" USING gin ("tsv");
CREATE INDEX "search_document_body_trgm" ON "search_document" USING gin ("body" gin_trgm_ops);
CREATE INDEX "search_document_claim_key" ON "search_document" ("index_uid", "claim_key");
CREATE INDEX "search_document_date" ON "search_document" ("index_uid", "date" DESC NULLS LAST);
