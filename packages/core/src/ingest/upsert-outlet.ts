import type { Prisma } from "@claimdesk/db";

/** The outlet for a host name (www. dropped), created on first sight; a better name replaces the host. */
export async function upsertOutlet(
  tx: Prisma.TransactionClient,
  input: { host: string; name?: string | null },
) {
  const domain = input.host.toLowerCase().replace(/^www\./, "");
  if (!domain) return null;
  const name = input.name?.trim().slice(0, 200) || domain;
  const existing = await tx.outlet.findUnique({ where: { domain } });
  if (existing) {
    if (existing.name === domain && name !== domain) {
      return tx.outlet.update({ where: { id: existing.id }, data: { name } });
    }
    return existing;
  }
  await tx.outlet.createMany({ data: [{ domain, name }], skipDuplicates: true });
  return tx.outlet.findUniqueOrThrow({ where: { domain } });
}
