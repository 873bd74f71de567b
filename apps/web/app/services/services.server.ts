import { createServices, type Services } from "@claimdesk/jobs/services";
import { webEnv } from "./env.server.ts";
import { log } from "./log.server.ts";

// Kept on globalThis so the dev server's module reloads reuse the process's pools and its
// in-memory search copy instead of building new ones.
const holder = globalThis as unknown as { __claimdeskWebServices?: Services };

/**
 * The web process's services, built once from its validated environment (a bad variable stops
 * the first request with one line naming it): the database client, the search backend (the
 * embedded one keeps this process's copy of the index), the claim matcher's archive and a
 * producer queue (pg-boss without maintenance, started at the first enqueue: workers do
 * maintenance). Loaders, actions and the tRPC route hand these to the API's context.
 */
export function webServices(): Services {
  if (!holder.__claimdeskWebServices) {
    const env = webEnv();
    holder.__claimdeskWebServices = createServices(
      { ...process.env, DATABASE_URL: env.DATABASE_URL },
      {
        queue: {
          supervise: false,
          max: 2,
          onError: (err) => log.error({ err }, "queue error"),
        },
      },
    );
  }
  return holder.__claimdeskWebServices;
}
