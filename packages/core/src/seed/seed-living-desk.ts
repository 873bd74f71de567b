import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "@claimdesk/db";
import { findRepoRoot } from "@claimdesk/db";
import { assignClaim } from "../claims/index.ts";
import { addEvidence } from "../evidence/index.ts";
import { importLiarRows, parseLiarTsv } from "../imports/index.ts";
import { approveCorrection, correctVerdict, publishClaim } from "../publishing/index.ts";
import { approveRating, ensureDefaultRatingScale, rateClaim } from "../ratings/index.ts";
import { DEMO_USERS } from "./demo-users.ts";

const MARKER = { entityType: "seed", entityId: "living-desk", action: "seed.living_desk" };
const HOUR = 3_600_000;

/** The shared LIAR valid split, read from ../shared (never copied into the repository). */
export function sharedLiarValidFile(): string | null {
  const file = process.env.CLAIMDESK_SHARED_DIR
    ? join(process.env.CLAIMDESK_SHARED_DIR, "datasets/liar/valid.tsv")
    : join(findRepoRoot(), "../shared/datasets/liar/valid.tsv");
  return existsSync(file) ? file : null;
}

/** Imports the LIAR valid split as outside checks, with progress; idempotent (by statement id). */
export async function seedLiarValid(db: Db, log: (line: string) => void) {
  const file = sharedLiarValidFile();
  if (!file) return { imported: 0, existing: 0 };
  const { rows } = parseLiarTsv(readFileSync(file, "utf8"));
  const result = await importLiarRows(db, rows, {
    batchSize: 500,
    onProgress: (done) => log(`seed: LIAR valid split ${done}/${rows.length} rows`),
  });
  return { imported: result.createdClaimIds.length, existing: result.existing };
}

type Step = "research" | "rated" | "published" | "corrected";
const PLAN: Step[] = ["research", "research", "rated", "rated", "published", "corrected"];

/**
 * A desk in motion, made once through the same core functions the desk uses (so every role
 * check, audit row and outbox event is real): of the demo articles' most check-worthy claims,
 * two in research with evidence, two rated and awaiting approval, one published and one
 * published with an approved correction. The audit trail and verdict times are then spread
 * over the past weeks so the dashboard has durations to show. Idempotent (a marker row).
 */
export async function seedLivingDesk(db: Db, now = new Date()) {
  if (await db.auditEvent.findFirst({ where: MARKER })) return { claims: 0 };
  const users = await db.user.findMany({
    where: { email: { in: DEMO_USERS.map((u) => u.email) } },
  });
  const by = (role: string) => users.find((u) => u.role === role);
  const [reviewer, editor, admin] = [by("reviewer"), by("editor"), by("admin")];
  if (!reviewer || !editor || !admin) return { claims: 0 };
  const scale = await ensureDefaultRatingScale(db);
  const label = (slug: string) => scale.labels.find((l) => l.slug === slug) ?? scale.labels[0]!;
  const claims = await db.claim.findMany({
    where: {
      status: "new",
      origin: "extracted",
      statements: { some: { article: { source: "seed" } } },
    },
    orderBy: [{ checkworthiness: "desc" }, { text: "asc" }],
    take: PLAN.length,
  });
  for (const [i, claim] of claims.entries()) {
    const step = PLAN[i]!;
    await assignClaim(db, { claimId: claim.id, assigneeId: reviewer.id, actorId: editor.id });
    await addEvidence(db, {
      claimId: claim.id,
      actorId: reviewer.id,
      url: `https://data.example.org/sources/${claim.id}`,
      title: "Official figures for the period the claim covers",
      excerpt: "The published table gives a different figure than the one quoted.",
      stance: i % 2 ? "supports" : "refutes",
    });
    if (step === "research") continue;
    const rating = await rateClaim(db, {
      claimId: claim.id,
      labelId: label(i % 2 ? "half-true" : "mostly-false").id,
      rationale: "The official figures differ from the quoted number; see the evidence.",
      actorId: reviewer.id,
    });
    if (step === "rated") continue;
    await approveRating(db, { ratingId: rating.id, actorId: editor.id });
    await publishClaim(db, { claimId: claim.id, actorId: editor.id });
    if (step === "corrected") {
      const correction = await correctVerdict(db, {
        claimId: claim.id,
        actorId: editor.id,
        labelId: label("false").id,
        rationale: "A later release of the same table puts the figure lower still.",
        correctionNote: "Corrected after the agency revised its figures.",
      });
      await approveCorrection(db, { ratingId: correction.rating.id, actorId: admin.id });
    }
  }
  await backdate(
    db,
    claims.map((c) => c.id),
    now,
  );
  await db.auditEvent.create({ data: { ...MARKER, data: { claims: claims.map((c) => c.id) } } });
  return { claims: claims.length };
}

/**
 * Moves each seeded claim's history into the past, keeping its order: claim i started
 * (i + 2) weeks ago and every later event is stretched to hours apart.
 */
async function backdate(db: Db, claimIds: string[], now: Date) {
  for (const [i, id] of claimIds.entries()) {
    const start = new Date(now.getTime() - (i + 2) * 7 * 24 * HOUR);
    const spread = (5 + i * 3) * HOUR;
    const events = await db.auditEvent.findMany({
      where: { entityType: "claim", entityId: id },
      orderBy: { createdAt: "asc" },
    });
    const at = (k: number) => new Date(start.getTime() + (k + 1) * spread);
    for (const [k, e] of events.entries())
      await db.auditEvent.update({ where: { id: e.id }, data: { createdAt: at(k) } });
    const when = (action: string) => {
      const k = events.findIndex((e) => e.action === action);
      return k < 0 ? null : at(k);
    };
    await db.claim.update({
      where: { id },
      data: {
        createdAt: start,
        ...(when("claim.publish") ? { publishedAt: when("claim.publish") } : {}),
      },
    });
    const ratings = await db.rating.findMany({
      where: { claimId: id },
      orderBy: { createdAt: "asc" },
    });
    const written = events.filter(
      (e) => e.action === "rating.create" || e.action === "rating.correction.propose",
    );
    const approved = events.filter(
      (e) => e.action === "rating.approve" || e.action === "rating.correction.approve",
    );
    for (const [k, r] of ratings.entries()) {
      const w = written[k] ? at(events.indexOf(written[k]!)) : null;
      const a = r.approvedAt && approved[k] ? at(events.indexOf(approved[k]!)) : null;
      await db.rating.update({
        where: { id: r.id },
        data: { ...(w ? { createdAt: w } : {}), ...(a ? { approvedAt: a } : {}) },
      });
    }
    await db.evidence.updateMany({ where: { claimId: id }, data: { createdAt: at(1) } });
  }
}
