import type { Prisma, Role } from "@claimdesk/db";
import { forbidden, notFound } from "../errors.ts";
import { hasRole } from "./roles.ts";

/**
 * The acting user, checked to be enabled and to hold `role`. Every core function that changes
 * something on someone's behalf asks this (the API checks roles too; core does not trust it).
 */
export async function loadActor(tx: Prisma.TransactionClient, actorId: string, role: Role) {
  const actor = await tx.user.findUnique({
    where: { id: actorId },
    select: { id: true, role: true, name: true, disabledAt: true },
  });
  if (!actor || actor.disabledAt) throw notFound("User");
  if (!hasRole(actor.role, role)) throw forbidden(`This needs the ${role} role.`);
  return actor;
}

export type Actor = Awaited<ReturnType<typeof loadActor>>;
