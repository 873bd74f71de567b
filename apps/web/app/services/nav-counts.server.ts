import { countNavigation, type NavigationCounts } from "@claimdesk/core/notifications";
import type { Db, Role } from "@claimdesk/db";
import { webServices } from "./services.server.ts";

/** How long a page render reuses one person's navigation counts. */
export const NAV_COUNTS_TTL_MS = 3000;

/**
 * The numbers in the navigation, reused for a few seconds per person: the root loader runs on
 * every signed-in page, and two counts per render were on the hot path. A person's own change
 * (any non-GET request of theirs: a form action or a tRPC mutation) forgets their entry first,
 * so the page after their action counts again; others' changes show within the TTL.
 */
export class NavCounts {
  private readonly entries = new Map<string, { at: number; counts: Promise<NavigationCounts> }>();

  constructor(
    private readonly options: { db: () => Db; ttlMs?: number; now?: () => number; max?: number },
  ) {}

  get(user: { id: string; role: Role }): Promise<NavigationCounts> {
    const now = this.options.now?.() ?? Date.now();
    const hit = this.entries.get(user.id);
    if (hit && now - hit.at < (this.options.ttlMs ?? NAV_COUNTS_TTL_MS)) return hit.counts;
    const counts = countNavigation(this.options.db(), user);
    counts.catch(() => this.entries.delete(user.id));
    if (this.entries.size >= (this.options.max ?? 10_000)) this.entries.clear();
    this.entries.set(user.id, { at: now, counts });
    return counts;
  }

  /** Forgets a person's counts when this request of theirs may change them. */
  forgetAfter(request: Request, userId: string | undefined): void {
    if (userId && request.method !== "GET" && request.method !== "HEAD")
      this.entries.delete(userId);
  }
}

/** This process's navigation counts. */
export const navCounts = new NavCounts({ db: () => webServices().db });
