import type { Role } from "@claimdesk/db";

const RANK: Record<Role, number> = { reviewer: 1, editor: 2, admin: 3 };

/** Roles are ordered: an admin can do what an editor can, an editor what a reviewer can. */
export function hasRole(actual: Role, needed: Role): boolean {
  return RANK[actual] >= RANK[needed];
}
