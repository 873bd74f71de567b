export { createDb, disconnectDb, getDb, type Db } from "./client.ts";
export { assertDatabaseReachable, DatabaseUnavailableError } from "./check-connection.ts";
export { dataDir, findRepoRoot } from "./repo-root.ts";
export { readDatabaseEnv } from "./env.ts";
export * from "./generated/prisma/client.ts";
