import { randomBytes } from "node:crypto";
import type { Db } from "@claimdesk/db";
import { fingerprintText } from "@claimdesk/extraction";
import { LIAR_LABEL_TO_SLUG } from "../ratings/default-scale.ts";
import { ensurePolitiFactScale } from "../ratings/ensure-default-scale.ts";
import { slugify } from "../speakers/upsert-speaker.ts";
import type { LiarRow } from "./parse-liar-tsv.ts";

export interface ImportLiarResult {
  /** ids of the claims created by this import */
  createdClaimIds: string[];
  /** rows whose statement id was already imported */
  existing: number;
  /** rows repeated within the input (same statement id) */
  duplicates: number;
  speakersCreated: number;
}

/** "rick-perry" -> "Rick Perry" (LIAR gives speakers as slugs). */
export function speakerNameFromSlug(slug: string): string {
  return slug
    .split("-")
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/**
 * Imports LIAR rows as prior fact-checks: one claim per row (origin `liar`, externalId = statement
 * id, externalPublisher "PolitiFact", status `published` because PolitiFact published the verdict),
 * rated on the PolitiFact preset scale (their verdict in their words, `externalRating`; the desk
 * maps it onto its own scale by position) with an approved Rating, speaker found or created by slug, subjects
 * as tags, context kept, fingerprint from @claimdesk/extraction. Idempotent: rows whose
 * (origin, externalId) exists are skipped. Bulk writes per batch (claims, ratings and outbox
 * events in one transaction), so the search index learns about every new claim.
 */
export async function importLiarRows(
  db: Db,
  rows: LiarRow[],
  options: { batchSize?: number; onProgress?: (done: number) => void } = {},
): Promise<ImportLiarResult> {
  const batchSize = options.batchSize ?? 1000;
  const scale = await ensurePolitiFactScale(db);
  const nameBySlug = new Map(scale.labels.map((l) => [l.slug, l.name]));
  const labelBySlug = new Map(scale.labels.map((l) => [l.slug, l.id]));
  const result: ImportLiarResult = {
    createdClaimIds: [],
    existing: 0,
    duplicates: 0,
    speakersCreated: 0,
  };

  const seen = new Set<string>();
  const unique: LiarRow[] = [];
  for (const row of rows) {
    if (seen.has(row.id)) result.duplicates += 1;
    else {
      seen.add(row.id);
      unique.push(row);
    }
  }

  let done = 0;
  for (let i = 0; i < unique.length; i += batchSize) {
    const batch = unique.slice(i, i + batchSize);
    const speakerIds = await ensureSpeakers(db, batch, result);
    const input = batch.map((r) => ({
      id: newId(),
      rating_id: newId(),
      ext: r.id,
      text: r.statement,
      fp: fingerprintText(r.statement),
      speaker_id: r.speaker
        ? (speakerIds.get(slugify(speakerNameFromSlug(r.speaker))) ?? null)
        : null,
      tags: r.subjects,
      context: r.context,
      label_id: labelBySlug.get(LIAR_LABEL_TO_SLUG[r.label]!)!,
      rating: nameBySlug.get(LIAR_LABEL_TO_SLUG[r.label]!)!,
      rationale: `Imported from the LIAR dataset: PolitiFact rated this "${r.label}".`,
    }));
    // One statement per batch: claims (skipping ones already imported), their approved ratings
    // and the outbox events that tell the search index, all or nothing.
    const created = await db.$queryRawUnsafe<{ id: string }[]>(
      `with input as (
         select * from jsonb_to_recordset($1::jsonb) as x(id text, rating_id text, ext text,
           text text, fp text, speaker_id text, tags text[], context text, label_id text,
           rating text, rationale text)
       ),
       claims as (
         insert into "Claim" (id, text, fingerprint, status, origin, "externalId",
           "externalPublisher", "externalRating", "speakerId", tags, context, "createdAt", "updatedAt")
         select id, text, fp, 'published'::"ClaimStatus", 'liar'::"ClaimOrigin", ext,
           'PolitiFact', rating, speaker_id, coalesce(tags, '{}'), context, now(), now()
         from input
         on conflict (origin, "externalId") do nothing
         returning id
       ),
       ratings as (
         insert into "Rating" (id, "claimId", "labelId", rationale, status, "approvedAt", "createdAt")
         select i.rating_id, c.id, i.label_id, i.rationale, 'approved'::"RatingStatus", now(), now()
         from claims c join input i on i.id = c.id
       ),
       outbox as (
         insert into "OutboxEvent" ("entityType", "entityId", op)
         select 'claim', c.id, 'upsert' from claims c
       )
       select id from claims`,
      JSON.stringify(input),
    );
    result.createdClaimIds.push(...created.map((c) => c.id));
    result.existing += batch.length - created.length;
    done += batch.length;
    options.onProgress?.(done);
  }
  return result;
}

/** A collision-free id in the style of the ones Prisma generates (cuid-like, 25 chars). */
function newId(): string {
  return `c${Date.now().toString(36)}${randomBytes(9).toString("hex")}`.slice(0, 25);
}

/** Finds or creates the rows' speakers by slug (bulk); returns slug -> speaker id. */
async function ensureSpeakers(db: Db, rows: LiarRow[], result: ImportLiarResult) {
  const wanted = new Map<string, LiarRow>();
  for (const row of rows) {
    if (!row.speaker) continue;
    const slug = slugify(speakerNameFromSlug(row.speaker));
    if (!wanted.has(slug)) wanted.set(slug, row);
  }
  const input = [...wanted.entries()].map(([slug, row]) => ({
    id: newId(),
    name: speakerNameFromSlug(row.speaker!),
    slug,
    role: row.job,
    party: row.party,
    state: row.state,
  }));
  const found = await db.$queryRawUnsafe<{ id: string; slug: string; created: boolean }[]>(
    `with input as (
       select * from jsonb_to_recordset($1::jsonb)
         as x(id text, name text, slug text, role text, party text, state text)
     ),
     created as (
       insert into "Speaker" (id, name, slug, role, party, state, aliases, "createdAt", "updatedAt")
       select id, name, slug, role, party, state, '{}', now(), now() from input
       on conflict (slug) do nothing
       returning id, slug
     )
     select id, slug, true as created from created
     union all
     select s.id, s.slug, false from "Speaker" s join input i on i.slug = s.slug`,
    JSON.stringify(input),
  );
  const ids = new Map<string, string>();
  for (const row of found) {
    if (row.created) result.speakersCreated += 1;
    ids.set(row.slug, row.id);
  }
  return ids;
}
