// Sign-outs and admin changes to a user reach every web process at once: the change sends a
// PostgreSQL notification in its own transaction (delivered to listeners when it commits), and
// each web process listens and forgets the sessions it reuses (apps/web/app/services/session-*).
import type { Db } from "@claimdesk/db";

/** The channel; a payload is a session id (the token's hash), or "*" for every session. */
export const SESSION_CHANNEL = "claimdesk_sessions";
export const ALL_SESSIONS = "*";

type Tx = Pick<Db, "$executeRaw">;

/** Tells every web process to forget a reused session ("*": all of them). */
export async function notifySessionChange(tx: Tx, sessionId: string): Promise<void> {
  await tx.$executeRaw`select pg_notify(${SESSION_CHANNEL}, ${sessionId})`;
}
