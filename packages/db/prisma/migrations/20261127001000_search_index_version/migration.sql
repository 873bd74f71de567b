-- A counter the embedded search backend bumps after every write that changes what a search
-- returns (upsert, delete, swap of a reindexed index). Result caches key on it, so a cached
-- result is never served after the index changed.
CREATE TABLE "search_index_version" (
  "id"      integer NOT NULL DEFAULT 1,
  "version" bigint  NOT NULL DEFAULT 0,
  CONSTRAINT "search_index_version_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "search_index_version_single_row" CHECK ("id" = 1)
);
INSERT INTO "search_index_version" ("id", "version") VALUES (1, 0);
