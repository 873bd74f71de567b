-- Embedded search backend (packages/search, used when MEILI_HOST is unset): documents live in
-- PostgreSQL next to the data they index. Hand-written, schema.prisma does not model these tables
-- (the search package reads and writes them with raw SQL only).

-- One row per indexed document. `index_uid` is a physical index ("claims", "claims_<runid>"),
-- readers go through search_index_alias, so a full reindex builds a new physical index and then
-- flips the alias in one transaction (zero downtime).
CREATE TABLE "search_document" (
  "index_uid"       text        NOT NULL,
  "id"              text        NOT NULL,
  "type"            text        NOT NULL, -- claim | statement | article
  "doc"             jsonb       NOT NULL, -- the document as given to upsertDocuments
  "body"            text        NOT NULL, -- main text (claim/statement text, article title): trigram matching
  "tsv"             tsvector    NOT NULL, -- weighted: A text, B speaker, C tags/context/title, D outlet/body
  "claim_key"       text        NOT NULL, -- distinct key: duplicates of one claim collapse
  "speaker"         text,
  "verdict"         text,
  "status"          text,
  "outlet"          text,
  "kind"            text,
  "date"            timestamptz,
  "checkworthiness" real,
  "updated_at"      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT "search_document_pkey" PRIMARY KEY ("index_uid", "id")
);

CREATE INDEX "search_document_tsv" ON "search_document" USING gin ("tsv");
CREATE INDEX "search_document_body_trgm" ON "search_document" USING gin ("body" gin_trgm_ops);
CREATE INDEX "search_document_claim_key" ON "search_document" ("index_uid", "claim_key");
CREATE INDEX "search_document_date" ON "search_document" ("index_uid", "date" DESC NULLS LAST);

-- Logical index name ("claims") -> the physical index_uid currently serving it.
CREATE TABLE "search_index_alias" (
  "name"       text        NOT NULL,
  "index_uid"  text        NOT NULL,
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT "search_index_alias_pkey" PRIMARY KEY ("name")
);
CREATE UNIQUE INDEX "search_index_alias_index_uid" ON "search_index_alias" ("index_uid");
INSERT INTO "search_index_alias" ("name", "index_uid")
VALUES ('statements', 'statements'), ('claims', 'claims'), ('articles', 'articles');

-- Vocabulary of indexed words per physical index, for query-time typo correction (a misspelt
-- query word is replaced by its closest indexed word via trigram similarity).
CREATE TABLE "search_term" (
  "index_uid" text NOT NULL,
  "term"      text NOT NULL,
  CONSTRAINT "search_term_pkey" PRIMARY KEY ("index_uid", "term")
);
CREATE INDEX "search_term_trgm" ON "search_term" USING gin ("term" gin_trgm_ops);
