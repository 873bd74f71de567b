import type { Prisma } from "@claimdesk/db";
import { slugify } from "./slugify.ts";

export { slugify };

/**
 * Finds a speaker by canonical name (its slug) or by alias, creating it if none exists, so the
 * same person is one record across articles. New aliases and a missing role are added.
 */
export async function upsertSpeaker(
  tx: Prisma.TransactionClient,
  input: { name: string; role?: string | null; aliases?: string[] },
) {
  const slug = slugify(input.name);
  const found =
    (await tx.speaker.findUnique({ where: { slug } })) ??
    (await tx.speaker.findFirst({ where: { aliases: { has: input.name }, mergedIntoId: null } }));
  // A duplicate merged into another speaker: new statements go to the one it was merged into.
  const existing = found?.mergedIntoId ? await followMerge(tx, found.mergedIntoId) : found;
  if (!existing) {
    return tx.speaker.create({
      data: {
        name: input.name,
        slug,
        role: input.role ?? null,
        aliases: [...new Set((input.aliases ?? []).filter((a) => a !== input.name))],
      },
    });
  }
  const aliases = [...new Set([...existing.aliases, ...(input.aliases ?? [])])].filter(
    (a) => a !== existing.name,
  );
  const needsUpdate = aliases.length !== existing.aliases.length || (!existing.role && input.role);
  if (!needsUpdate) return existing;
  return tx.speaker.update({
    where: { id: existing.id },
    data: { aliases, role: existing.role ?? input.role ?? null },
  });
}

async function followMerge(tx: Prisma.TransactionClient, id: string) {
  let speaker = await tx.speaker.findUnique({ where: { id } });
  for (let hops = 0; speaker?.mergedIntoId && hops < 10; hops++)
    speaker = await tx.speaker.findUnique({ where: { id: speaker.mergedIntoId } });
  return speaker;
}
