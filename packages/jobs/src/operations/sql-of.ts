import type { Db } from "@claimdesk/db";
import type { Sql } from "../inspect.ts";

/** A Sql runner over the product database (pg-boss's tables live in its `pgboss` schema). */
export const sqlOf =
  (db: Db): Sql =>
  (text, ...values) =>
    db.$queryRawUnsafe(text, ...values);
