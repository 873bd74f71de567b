import type { Prisma, Role } from "@claimdesk/db";
import { hasRole } from "../auth/roles.ts";
import { forbidden, notFound } from "../errors.ts";

/** The acting user, checked to be enabled and to hold `role` (roles are enforced here too, not only in the API). */
export async function loadActor(tx: Prisma.TransactionClient, actorId: string, role: Role) {
  const actor = await tx.user.findUnique({
    where: { id: actorId },
    select: { id: true, role: true, name: true, disabledAt: true },
  });
  if (!actor || actor.disabledAt) throw notFound("User");
  if (!hasRole(actor.role, role)) throw forbidden(`This needs the ${role} role.`);
  return actor;
}
