-- Measures PostgreSQL bytes per statement and per article with synthetic rows shaped like
-- packages/db Statement/Article (same column types and indexes). Creates and drops the
-- database claimdesk_sizing. Run: psql -h 127.0.0.1 -U postgres -d postgres -At -f infra/scripts/measure-pg-size.sql
\timing off
DROP DATABASE IF EXISTS claimdesk_sizing;
CREATE DATABASE claimdesk_sizing;
\c claimdesk_sizing
CREATE TABLE article (id text PRIMARY KEY, url text, title text, body text, "createdAt" timestamptz default now());
CREATE TABLE statement (
  id text PRIMARY KEY, "articleId" text NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  "speakerId" text, "speakerRole" text, kind text NOT NULL, text text NOT NULL,
  start int NOT NULL, "end" int NOT NULL, checkworthiness double precision NOT NULL DEFAULT 0,
  entities jsonb NOT NULL DEFAULT '[]', fingerprint text NOT NULL, "claimId" text,
  "createdAt" timestamptz NOT NULL DEFAULT now());
CREATE INDEX ON statement ("articleId", start);
CREATE INDEX ON statement ("claimId");
CREATE INDEX ON statement (fingerprint);
CREATE INDEX ON statement ("speakerId");
-- 10,000 articles of ~4,000 characters, 10 statements each of ~180 characters (100,000 statements)
INSERT INTO article SELECT 'a' || md5(g::text), 'https://news.example.org/' || g, 'Title ' || repeat(md5(g::text), 2),
  (SELECT string_agg(md5(g::text || x::text), ' ') FROM generate_series(1, 120) x)
FROM generate_series(1, 10000) g;
INSERT INTO statement SELECT 'c' || md5(g::text) || substr(md5(g::text || 'x'), 1, 1),
  'a' || md5((1 + g / 10)::text), CASE WHEN g % 3 = 0 THEN NULL ELSE 's' || md5((g % 5000)::text) END,
  'minister of ' || (g % 20), 'CLAIM',
  substr(repeat(md5(g::text) || ' ', 6), 1, 180), (g % 10) * 400, (g % 10) * 400 + 180, random(),
  jsonb_build_array(jsonb_build_object('type', 'PERSON', 'text', 'Name ' || g % 777), jsonb_build_object('type', 'ORG', 'text', 'Org ' || g % 99)),
  md5('fp' || g::text), CASE WHEN g % 4 = 0 THEN 'k' || md5((g % 20000)::text) END, now()
FROM generate_series(1, 100000) g WHERE (1 + g / 10) <= 10000;
VACUUM ANALYZE;
SELECT 'statement_total_bytes_per_row', pg_total_relation_size('statement') / (SELECT count(*) FROM statement);
SELECT 'statement_heap_bytes_per_row', pg_relation_size('statement') / (SELECT count(*) FROM statement);
SELECT 'article_total_bytes_per_row', pg_total_relation_size('article') / (SELECT count(*) FROM article);
SELECT 'rows', (SELECT count(*) FROM statement), (SELECT count(*) FROM article);
\c postgres
DROP DATABASE claimdesk_sizing;
