import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";

export type Db = PrismaClient;

/** A new client on `url` (tests and tools that need a second connection). */
export function createDb(url: string, options: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: options.max ?? 10 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as {
  __claimdeskDb?: PrismaClient;
  __claimdeskDbUrl?: string;
};

/**
 * The process-wide client, created on first use from process.env.DATABASE_URL (entry points
 * resolve it at boot with resolveDatabase()). Survives dev-server module reloads.
 */
export function getDb(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: call resolveDatabase() at start-up");
  if (!globalForDb.__claimdeskDb || globalForDb.__claimdeskDbUrl !== url) {
    globalForDb.__claimdeskDb = createDb(url);
    globalForDb.__claimdeskDbUrl = url;
  }
  return globalForDb.__claimdeskDb;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.__claimdeskDb?.$disconnect();
  globalForDb.__claimdeskDb = undefined;
}
