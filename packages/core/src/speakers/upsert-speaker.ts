import type { Prisma } from "@claimdesk/db";

export function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "unnamed"
  );
}

/**
 * Finds a speaker by canonical name (its slug) or by alias, creating it if none exists, so the
 * same person is one record across articles. New aliases and a missing role are added.
 */
export async function upsertSpeaker(
  tx: Prisma.TransactionClient,
  input: { name: string; role?: string | null; aliases?: string[] },
) {
  const slug = slugify(input.name);
  const existing =
    (await tx.speaker.findUnique({ where: { slug } })) ??
    (await tx.speaker.findFirst({ where: { aliases: { has: input.name } } }));
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
