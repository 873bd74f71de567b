import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// Prisma 6.19 with the JavaScript schema engine and the pg driver adapter: no engine binary is
// downloaded (docs/decisions/001-prisma-6-js-engine.md). The CLI commands that touch a database
// (migrate deploy) are run through scripts/deploy.ts, which resolves DATABASE_URL first.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set for the Prisma CLI");
    return new PrismaPg({ connectionString });
  },
});
