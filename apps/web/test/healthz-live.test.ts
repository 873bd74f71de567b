// Issue 16 (deployment): the liveness probe must not depend on the database, or a database
// outage restarts every pod. /healthz?live answers from the process alone.
import { describe, expect, it, vi } from "vitest";

// The process's services with the database down and a search index that never finishes loading.
vi.mock("../app/services/services.server.ts", () => ({
  webServices: () => ({
    db: { $queryRaw: () => Promise.reject(new Error("database down")) },
    search: { warm: () => new Promise<void>(() => {}) },
  }),
}));

const { loader } = await import("../app/routes/healthz.ts");

describe("/healthz with the database down", () => {
  it("?live still answers 200", async () => {
    const response = await loader({ request: new Request("http://app.test/healthz?live") });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, live: true });
  });

  it("plain /healthz and ?ready answer 503", async () => {
    expect((await loader({ request: new Request("http://app.test/healthz") })).status).toBe(503);
    expect((await loader({ request: new Request("http://app.test/healthz?ready") })).status).toBe(
      503,
    );
  });
});
