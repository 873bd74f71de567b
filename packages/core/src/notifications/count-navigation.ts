import type { Db, Role } from "@claimdesk/db";
import { hasRole } from "../auth/roles.ts";
import { countAwaitingApproval } from "../review/index.ts";
import { countUnreadNotifications } from "./list-notifications.ts";

export interface NavigationCounts {
  unread: number;
  /** verdicts waiting for this editor's approval; null for reviewers */
  awaitingApproval: number | null;
}

/** The numbers in the navigation: unread notifications, and for editors the approval list. */
export async function countNavigation(
  db: Db,
  user: { id: string; role: Role },
): Promise<NavigationCounts> {
  const [unread, awaitingApproval] = await Promise.all([
    countUnreadNotifications(db, user.id),
    hasRole(user.role, "editor") ? countAwaitingApproval(db, user.id) : null,
  ]);
  return { unread, awaitingApproval };
}
