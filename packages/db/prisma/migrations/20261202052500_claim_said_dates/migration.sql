-- Data fix (issue 18): a claim made from an article without a publication date took the day the
-- article was added as the day it was said ("Said … on 2026-12-01" was the import date). The day
-- a claim made from articles was said is the earliest publication date of the articles it appears
-- in, or unknown. Imported claims (LIAR, ClaimReview) keep the date their source gave. The
-- changed claims are queued for re-indexing (their search document's date changes).
WITH said AS (
  SELECT c.id,
    (SELECT min(a."publishedAt") FROM "Statement" s JOIN "Article" a ON a.id = s."articleId"
     WHERE s."claimId" = c.id) AS day
  FROM "Claim" c
  WHERE c.origin IN ('extracted', 'manual')
), changed AS (
  UPDATE "Claim" c SET "claimDate" = said.day
  FROM said
  WHERE c.id = said.id AND c."claimDate" IS DISTINCT FROM said.day
  RETURNING c.id
)
INSERT INTO "OutboxEvent" ("entityType", "entityId", "op")
SELECT 'claim', id, 'upsert' FROM changed;
