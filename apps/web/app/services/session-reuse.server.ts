// Looked-up sessions reused for a second within a web process (decision 006): a page render
// resolves the session in the root loader, the route loader and the tRPC caller (Remix hands
// each loader its own Request), and they share one lookup, as do concurrent requests of one
// browser. Sign-out and admin changes to a user send a PostgreSQL notification in their own
// transaction; every process's listener drops the entry (or all entries) when it commits. While
// the listener is not connected nothing is reused at all.
import { type ActiveSession, ALL_SESSIONS, sessionIdOf } from "@claimdesk/core/auth";
import type { SessionListener } from "./session-listener.server.ts";

const SESSION_REUSE_MS = 1000;
const MAX_CACHED_SESSIONS = 10_000;

interface Entry {
  at: number;
  id: string;
  session: Promise<ActiveSession | null>;
}

export class SessionReuse {
  readonly #lookup: (token: string) => Promise<ActiveSession | null>;
  readonly #listener: Pick<SessionListener, "ready" | "onNotify" | "onDown"> | null;
  readonly #reuseMs: number;
  /** token -> entry, and session id -> token (notifications name the id, never the token) */
  readonly #byToken = new Map<string, Entry>();
  readonly #tokenById = new Map<string, string>();

  constructor(options: {
    lookup: (token: string) => Promise<ActiveSession | null>;
    /** null: nothing is reused (no way to hear of sign-outs elsewhere) */
    listener: Pick<SessionListener, "ready" | "onNotify" | "onDown"> | null;
    reuseMs?: number;
  }) {
    this.#lookup = options.lookup;
    this.#listener = options.listener;
    this.#reuseMs = options.reuseMs ?? SESSION_REUSE_MS;
    this.#listener?.onNotify((payload) => {
      if (payload === ALL_SESSIONS) this.forgetAll();
      else this.forgetId(payload);
    });
    this.#listener?.onDown(() => this.forgetAll());
  }

  get(token: string): Promise<ActiveSession | null> {
    if (!this.#listener?.ready) return this.#lookup(token);
    const now = Date.now();
    const cached = this.#byToken.get(token);
    if (cached && now - cached.at < this.#reuseMs) return cached.session;
    const session = this.#lookup(token);
    if (this.#byToken.size >= MAX_CACHED_SESSIONS) {
      for (const [key, entry] of this.#byToken)
        if (now - entry.at >= this.#reuseMs) this.#drop(key, entry);
      if (this.#byToken.size >= MAX_CACHED_SESSIONS) this.forgetAll();
    }
    const entry = { at: now, id: sessionIdOf(token), session };
    this.#byToken.set(token, entry);
    this.#tokenById.set(entry.id, token);
    session.catch(() => {
      if (this.#byToken.get(token) === entry) this.#drop(token, entry);
    });
    return session;
  }

  #drop(token: string, entry: Entry): void {
    this.#byToken.delete(token);
    if (this.#tokenById.get(entry.id) === token) this.#tokenById.delete(entry.id);
  }

  forgetToken(token: string): void {
    const entry = this.#byToken.get(token);
    if (entry) this.#drop(token, entry);
  }

  forgetId(id: string): void {
    const token = this.#tokenById.get(id);
    if (token !== undefined) this.forgetToken(token);
  }

  forgetAll(): void {
    this.#byToken.clear();
    this.#tokenById.clear();
  }
}
