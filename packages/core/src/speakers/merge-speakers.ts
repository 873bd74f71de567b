import type { Db, Prisma } from "@claimdesk/db";
import { recordAuditEvent } from "../audit/index.ts";
import { loadActor } from "../auth/load-actor.ts";
import { badRequest, conflict, notFound } from "../errors.ts";
import { enqueueIndexChanges } from "../search-sync/index.ts";

/** The most duplicates merged into one speaker at a time. */
export const MERGE_LIMIT = 20;

interface MergeRecord {
  into: string;
  statementIds: string[];
  claimIds: string[];
  aliasesAdded: string[];
}

/**
 * Merges duplicate speakers ("Trump", "President Trump") into one ("Donald Trump"): their
 * statements and claims move to it, their names become its aliases (so later articles naming
 * them land there too), and each duplicate is kept as merged (its page redirects) so the merge
 * can be undone. Editors only; audited on every speaker involved; the moved statements and
 * claims are re-indexed through the outbox (the speaker is in their search documents).
 */
export async function mergeSpeakers(
  db: Db,
  input: { targetId: string; sourceIds: string[]; actorId: string },
) {
  const sourceIds = [...new Set(input.sourceIds)].filter((id) => id !== input.targetId);
  if (sourceIds.length === 0) throw badRequest("Choose at least one other speaker to merge.");
  if (sourceIds.length > MERGE_LIMIT)
    throw badRequest(`Merge at most ${MERGE_LIMIT} speakers at a time.`);
  return db.$transaction(async (tx) => {
    const actor = await loadActor(tx, input.actorId, "editor");
    // Lock the speakers involved, so two merges of the same people cannot interleave.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      select id from "Speaker" where id = any(${[input.targetId, ...sourceIds]}) order by id for update`;
    if (locked.length !== sourceIds.length + 1) throw notFound("Speaker");
    const target = await tx.speaker.findUniqueOrThrow({ where: { id: input.targetId } });
    if (target.mergedIntoId)
      throw conflict(`${target.name} was itself merged into another speaker.`);
    const sources = await tx.speaker.findMany({ where: { id: { in: sourceIds } } });
    const already = sources.find((s) => s.mergedIntoId);
    if (already) throw conflict(`${already.name} is already merged into another speaker.`);
    let aliases = [...target.aliases];
    const merged: { id: string; name: string; statements: number; claims: number }[] = [];
    for (const source of sources) {
      const [statements, claims] = await Promise.all([
        tx.statement.findMany({ where: { speakerId: source.id }, select: { id: true } }),
        tx.claim.findMany({ where: { speakerId: source.id }, select: { id: true } }),
      ]);
      const aliasesAdded = [source.name, ...source.aliases].filter(
        (a) => a !== target.name && !aliases.includes(a),
      );
      aliases = [...aliases, ...new Set(aliasesAdded)];
      const record: MergeRecord = {
        into: target.id,
        statementIds: statements.map((s) => s.id),
        claimIds: claims.map((c) => c.id),
        aliasesAdded: [...new Set(aliasesAdded)],
      };
      await moveAttributions(tx, record.statementIds, record.claimIds, target.id);
      await tx.speaker.update({
        where: { id: source.id },
        data: { mergedIntoId: target.id, mergedAt: new Date() },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "speaker.merge",
        entityType: "speaker",
        entityId: source.id,
        data: { ...record, name: source.name, targetName: target.name },
      });
      merged.push({
        id: source.id,
        name: source.name,
        statements: statements.length,
        claims: claims.length,
      });
    }
    // Merged-into speakers' own former duplicates follow them.
    await tx.speaker.updateMany({
      where: { mergedIntoId: { in: sourceIds } },
      data: { mergedIntoId: target.id },
    });
    await tx.speaker.update({ where: { id: target.id }, data: { aliases } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "speaker.merge_into",
      entityType: "speaker",
      entityId: target.id,
      data: { merged: merged.map((m) => ({ id: m.id, name: m.name })) },
    });
    return { target: { id: target.id, name: target.name, slug: target.slug }, merged };
  });
}

/**
 * Undoes the merge of one duplicate: the statements and claims that moved with it (and still
 * belong to the speaker it was merged into) move back, the aliases it brought are removed, and
 * its own page comes back. Editors only; audited; re-indexed.
 */
export async function undoSpeakerMerge(db: Db, input: { speakerId: string; actorId: string }) {
  return db.$transaction(async (tx) => {
    const actor = await loadActor(tx, input.actorId, "editor");
    await tx.$queryRaw`select id from "Speaker" where id = ${input.speakerId} for update`;
    const source = await tx.speaker.findUnique({ where: { id: input.speakerId } });
    if (!source) throw notFound("Speaker");
    if (!source.mergedIntoId) throw conflict(`${source.name} is not merged into anyone.`);
    const event = await tx.auditEvent.findFirst({
      where: { entityType: "speaker", entityId: source.id, action: "speaker.merge" },
      orderBy: { createdAt: "desc" },
    });
    if (!event) throw conflict("This merge has no record to undo.");
    const record = event.data as unknown as MergeRecord;
    const into = source.mergedIntoId;
    const [statements, claims] = await Promise.all([
      tx.statement.findMany({
        where: { id: { in: record.statementIds }, speakerId: into },
        select: { id: true },
      }),
      tx.claim.findMany({
        where: { id: { in: record.claimIds }, speakerId: into },
        select: { id: true },
      }),
    ]);
    await moveAttributions(
      tx,
      statements.map((s) => s.id),
      claims.map((c) => c.id),
      source.id,
    );
    const target = await tx.speaker.findUniqueOrThrow({ where: { id: into } });
    await tx.speaker.update({
      where: { id: target.id },
      data: { aliases: target.aliases.filter((a) => !record.aliasesAdded.includes(a)) },
    });
    await tx.speaker.update({
      where: { id: source.id },
      data: { mergedIntoId: null, mergedAt: null },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "speaker.unmerge",
      entityType: "speaker",
      entityId: source.id,
      data: { from: target.id, statements: statements.length, claims: claims.length },
    });
    return {
      speaker: { id: source.id, name: source.name, slug: source.slug },
      from: { id: target.id, name: target.name, slug: target.slug },
      statements: statements.length,
      claims: claims.length,
    };
  });
}

async function moveAttributions(
  tx: Prisma.TransactionClient,
  statementIds: string[],
  claimIds: string[],
  speakerId: string,
) {
  if (statementIds.length)
    await tx.statement.updateMany({ where: { id: { in: statementIds } }, data: { speakerId } });
  if (claimIds.length)
    await tx.claim.updateMany({ where: { id: { in: claimIds } }, data: { speakerId } });
  await enqueueIndexChanges(tx, "statement", statementIds);
  await enqueueIndexChanges(tx, "claim", claimIds);
}
