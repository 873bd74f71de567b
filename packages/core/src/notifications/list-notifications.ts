import type { Db } from "@claimdesk/db";

export const NOTIFICATIONS_PAGE_SIZE = 25;

/** One person's notifications, newest first, with how many are unread. */
export async function listNotifications(
  db: Db,
  input: { userId: string; page?: number; pageSize?: number },
) {
  const pageSize = input.pageSize ?? NOTIFICATIONS_PAGE_SIZE;
  const page = Math.max(1, input.page ?? 1);
  const [items, total, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId: input.userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { claim: { select: { id: true, text: true, status: true } } },
    }),
    db.notification.count({ where: { userId: input.userId } }),
    countUnreadNotifications(db, input.userId),
  ]);
  return { items, total, unread, page, pageSize };
}

export function countUnreadNotifications(db: Db, userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** Marks some (or all) of one person's notifications read; returns how many changed. */
export async function markNotificationsRead(db: Db, input: { userId: string; ids?: string[] }) {
  const { count } = await db.notification.updateMany({
    where: { userId: input.userId, readAt: null, ...(input.ids ? { id: { in: input.ids } } : {}) },
    data: { readAt: new Date() },
  });
  return count;
}
