export { assertDatabaseReachable, DatabaseUnavailableError } from "./check-connection.ts";
export { createDb, type Db, disconnectDb, getDb, poolOf } from "./client.ts";
export { readDatabaseEnv } from "./env.ts";
export * from "./generated/prisma/client.ts";
export { dataDir, findRepoRoot } from "./repo-root.ts";
