// This web process's LISTEN connection for session changes (packages/core/src/auth/
// session-events.ts): one pg client, reconnected after a failure. While it is not connected
// `ready` is false and the session reuse cache reuses nothing, so a missed notification can
// never keep a revoked session alive.
import { SESSION_CHANNEL } from "@claimdesk/core/auth";
import pg from "pg";

const RECONNECT_MS = 1000;

export class SessionListener {
  readonly #url: string;
  #client: pg.Client | null = null;
  #ready = false;
  #stopped = false;
  #timer: NodeJS.Timeout | null = null;
  readonly #handlers = new Set<(payload: string) => void>();
  /** Notified whenever the connection is lost (everything cached must be dropped then). */
  readonly #onDown = new Set<() => void>();

  constructor(url: string) {
    this.#url = url;
  }

  get ready(): boolean {
    return this.#ready;
  }

  onNotify(handler: (payload: string) => void): void {
    this.#handlers.add(handler);
  }

  onDown(handler: () => void): void {
    this.#onDown.add(handler);
  }

  /** Connects and listens; on failure retries every second in the background (and rejects). */
  async start(): Promise<void> {
    if (this.#stopped || this.#client) return;
    const client = new pg.Client({
      connectionString: this.#url,
      application_name: "claimdesk-web-sessions",
    });
    this.#client = client;
    const down = () => {
      if (this.#client !== client) return;
      this.#client = null;
      this.#ready = false;
      for (const handler of this.#onDown) handler();
      client.end().catch(() => {});
      this.#scheduleReconnect();
    };
    client.on("error", down);
    client.on("end", down);
    client.on("notification", (message) => {
      if (message.channel !== SESSION_CHANNEL) return;
      for (const handler of this.#handlers) handler(message.payload ?? "");
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${SESSION_CHANNEL}`);
      // The connection must not keep the process (or a test run) alive on its own.
      (
        client as unknown as { connection?: { stream?: { unref?: () => void } } }
      ).connection?.stream?.unref?.();
      if (this.#client === client) this.#ready = true;
    } catch (error) {
      down();
      throw error;
    }
  }

  #scheduleReconnect(): void {
    if (this.#stopped || this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.start().catch(() => {});
    }, RECONNECT_MS);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#ready = false;
    if (this.#timer) clearTimeout(this.#timer);
    const client = this.#client;
    this.#client = null;
    await client?.end().catch(() => {});
  }
}
